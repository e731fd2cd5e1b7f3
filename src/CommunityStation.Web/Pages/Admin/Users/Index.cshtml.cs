namespace CommunityStation.Web.Pages.Admin.Users;

/// <summary>Every portal account, city-wide, for the administrator (folder policy: Admin).</summary>
public sealed class IndexModel(AppDbContext db, UserAccess access, PortalClock clock) : TenantListPageModel<IndexModel.Row>
{
    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    public async Task OnGetAsync()
    {
        // Community names are tenant rows; the admin has no tenant, so read them in the audited city mode.
        await ReadScopeAsync(access, db, "admin: user management");

        var query = from u in db.Users
                    join t in db.Tenants on u.TenantId equals (Guid?)t.Id into ts
                    from t in ts.DefaultIfEmpty()
                    join c in db.Communities on u.CommunityId equals (Guid?)c.Id into cs
                    from c in cs.DefaultIfEmpty()
                    select new { u, TenantName = t == null ? null : t.Name, CommunityName = c == null ? null : c.Name };
        if (TenantFilter is { } tenantId)
        {
            query = query.Where(x => x.u.TenantId == tenantId);
        }

        // An unknown role in the query string filters nothing rather than failing.
        if (Role is not null && AppRoles.All.Contains(Role))
        {
            var role = Role;
            query = query.Where(x => db.UserRoles.Any(ur => ur.UserId == x.u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        }

        if (SearchTerm is { } term)
        {
            query = query.Where(x => x.u.UserName!.Contains(term) || x.u.DisplayName.Contains(term));
        }

        var users = await query.ToKeysetPageAsync(
            Request,
            k => k.By(x => x.u.UserName!).Then(x => x.u.Id),
            x => new { x.u.Id, x.u.UserName, x.u.DisplayName, x.TenantName, x.CommunityName, x.u.IsDisabled, x.u.LockoutEnd });

        var ids = users.Items.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name })
            .ToListAsync();
        var rolesByUser = roles.ToLookup(r => r.UserId, r => r.Name!);

        var now = clock.UtcNow;
        Rows = users
            .Select(u => new Row(
                u.Id,
                u.UserName ?? string.Empty,
                u.DisplayName,
                AppRoles.All.Where(rolesByUser[u.Id].Contains).ToList(),
                u.TenantName,
                u.CommunityName,
                u.IsDisabled,
                u.LockoutEnd > now ? u.LockoutEnd : null));
    }

    /// <summary>One account; <see cref="LockedUntil"/> only while the lockout is still running.</summary>
    public sealed record Row(Guid Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, string? Tenant, string? Community, bool IsDisabled, DateTimeOffset? LockedUntil);
}
