namespace CommunityStation.Web.Pages.Admin.Users;

/// <summary>Every portal account, city-wide, for the administrator (folder policy: Admin), filtered by tenant, role, status and name; exported with the same filter.</summary>
public sealed class IndexModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> localizer) : TenantListPageModel<IndexModel.Row>
{
    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    /// <summary>"disabled" or "active"; anything else shows both.</summary>
    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    public async Task OnGetAsync() => Rows = (await (await QueryAsync()).ToKeysetPageAsync(Request, Order, Projection)).Select(ToRow);

    public async Task<IActionResult> OnGetExportAsync(string format)
    {
        var query = (await QueryAsync()).OrderedBy(Order).Select(Projection);
        string[] header = [localizer["用户名"], localizer["姓名"], localizer["角色"], localizer["镇（街道）"], localizer["社区"], localizer["状态"], localizer["锁定至"], localizer["创建时间"], localizer["创建时间（UTC）"]];
        return await ExportAsync(format, "users", localizer["用户管理"], header, query, listed =>
        {
            var r = ToRow(listed);
            return
            [
                r.UserName, r.DisplayName, string.Join("、", r.Roles.Select(role => localizer["角色." + role].Value)), r.Tenant ?? localizer["市级"], r.Community,
                r.IsDisabled ? localizer["已停用"] : localizer["正常"], r.LockedUntil is { } until ? PortalClock.Shown(until) : null, PortalClock.Shown(listed.CreatedAt), PortalClock.Utc(listed.CreatedAt),
            ];
        });
    }

    private async Task<IQueryable<Account>> QueryAsync()
    {
        // Community names are tenant rows; the admin has no tenant, so read them in the audited city mode.
        await ReadScopeAsync(access, db, "admin: user management");

        var query = from u in db.Users
                    join t in db.Tenants on u.TenantId equals (Guid?)t.Id into ts
                    from t in ts.DefaultIfEmpty()
                    join c in db.Communities on u.CommunityId equals (Guid?)c.Id into cs
                    from c in cs.DefaultIfEmpty()
                    select new Account { User = u, TenantName = t == null ? null : t.Name, CommunityName = c == null ? null : c.Name };
        if (TenantFilter is { } tenantId)
        {
            query = query.Where(x => x.User.TenantId == tenantId);
        }

        // An unknown role or state in the query string filters nothing rather than failing.
        if (Role is not null && AppRoles.All.Contains(Role))
        {
            var role = Role;
            query = query.Where(x => db.UserRoles.Any(ur => ur.UserId == x.User.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        }

        if (State is "disabled" or "active")
        {
            var disabled = State == "disabled";
            query = query.Where(x => x.User.IsDisabled == disabled);
        }

        if (SearchTerm is { } term)
        {
            query = query.Where(x => x.User.UserName!.Contains(term) || x.User.DisplayName.Contains(term));
        }

        return query;
    }

    private static Keyset<Account> Order(Keyset<Account> keys) => keys.By(x => x.User.UserName!).Then(x => x.User.Id);

    private System.Linq.Expressions.Expression<Func<Account, Listed>> Projection => x => new Listed
    {
        Id = x.User.Id,
        UserName = x.User.UserName ?? string.Empty,
        DisplayName = x.User.DisplayName,
        Roles = (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == x.User.Id select r.Name!).ToList(),
        Tenant = x.TenantName,
        Community = x.CommunityName,
        IsDisabled = x.User.IsDisabled,
        LockoutEnd = x.User.LockoutEnd,
        CreatedAt = x.User.CreatedAt,
    };

    private Row ToRow(Listed u) =>
        new(u.Id, u.UserName, u.DisplayName, AppRoles.All.Where(u.Roles.Contains).ToList(), u.Tenant, u.Community, u.IsDisabled, u.LockoutEnd > clock.UtcNow ? u.LockoutEnd : null);

    /// <summary>An account with its tenant's and community's names, before projection (member initialisation, so EF can filter and seek on it).</summary>
    private sealed class Account
    {
        public required AppUser User { get; init; }

        public required string? TenantName { get; init; }

        public required string? CommunityName { get; init; }
    }

    private sealed class Listed
    {
        public required Guid Id { get; init; }

        public required string UserName { get; init; }

        public required string DisplayName { get; init; }

        public required List<string> Roles { get; init; }

        public required string? Tenant { get; init; }

        public required string? Community { get; init; }

        public required bool IsDisabled { get; init; }

        public required DateTimeOffset? LockoutEnd { get; init; }

        public required DateTimeOffset CreatedAt { get; init; }
    }

    /// <summary>One account; <see cref="LockedUntil"/> only while the lockout is still running.</summary>
    public sealed record Row(Guid Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, string? Tenant, string? Community, bool IsDisabled, DateTimeOffset? LockedUntil);
}
