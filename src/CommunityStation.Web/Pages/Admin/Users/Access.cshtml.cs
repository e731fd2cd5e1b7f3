using CommunityStation.Web.Infrastructure.People;
using Microsoft.AspNetCore.Identity;

namespace CommunityStation.Web.Pages.Admin.Users;

/// <summary>
/// The administrator gives an account its one role and, by role, its tenant and community, and links it to the person
/// of that tenant's staff register who uses it (issue 11 item 4).
/// </summary>
public sealed class AccessModel(AppDbContext db, UserAccess access, PortalClock clock, UserManager<AppUser> users, IStringLocalizer<SharedResource> localizer) : AccountPageModel(db, access, clock, users)
{
    [BindProperty]
    public AccessInput Input { get; set; } = new();

    public IReadOnlyList<TenantOption> Tenants { get; private set; } = [];

    public IReadOnlyList<UserForm.CommunityOption> Communities { get; private set; } = [];

    /// <summary>The people of the account's tenant, to link it to (none for a city-level account).</summary>
    public IReadOnlyList<PersonLinks.Choice> People { get; private set; } = [];

    public async Task OnGetAsync(Guid id)
    {
        var user = await LoadAsync(id);
        Input = new AccessInput
        {
            Role = Account.Roles.Count > 0 ? Account.Roles[0] : null,
            TenantId = user.TenantId,
            CommunityId = user.CommunityId,
            PersonId = user.PersonId,
            ConcurrencyStamp = user.ConcurrencyStamp,
        };
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var user = await LoadAsync(id);
        if (ModelState.Validate<IUserAssignment>(new UserForm.AssignmentValidator(localizer), Input))
        {
            await UserForm.CheckAssignmentAsync(Db, ModelState, Input, localizer);
        }

        // An administrator who demoted themself could not undo it.
        if (Account.IsSelf && Input.Role is not null && Input.Role != AppRoles.Admin)
        {
            ModelState.AddModelError("Input.Role", localizer["不能取消自己的系统管理员角色。"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // The person must be of the tenant the account is given (another tenant's is refused here and by the key).
        if (!await PersonLinks.LinkAsync(Db, ModelState, user, Input.PersonId, Db.People.Where(p => p.TenantId == Input.TenantId), localizer))
        {
            return Page();
        }

        user.TenantId = Input.TenantId;
        user.CommunityId = Input.CommunityId;
        if (!await UserForm.UpdateAsync(Users, user, Input.ConcurrencyStamp, ModelState, localizer))
        {
            return Page();
        }

        // One role per account: replace whatever it had. A new tenant or role reaches the user's
        // session at the next security-stamp check (≤ 1 minute), which rebuilds the claims.
        var roles = await Users.GetRolesAsync(user);
        if (roles.Count != 1 || roles[0] != Input.Role)
        {
            UserForm.Check(roles.Count == 0 ? IdentityResult.Success : await Users.RemoveFromRolesAsync(user, roles));
            UserForm.Check(await Users.AddToRoleAsync(user, Input.Role!));
        }

        TempData["Saved"] = localizer["已保存。"].Value;
        return RedirectToPage("/Admin/Users/Edit", new { id });
    }

    /// <summary>The account, and the tenants and communities it may be given (read in the audited city mode).</summary>
    protected override async Task<AppUser> LoadAsync(Guid id)
    {
        var user = await base.LoadAsync(id);
        (Tenants, Communities) = await UserForm.LoadOptionsAsync(Db);
        People = user.TenantId is { } tenantId ? await PersonLinks.OptionsAsync(Db, Db.People.Where(p => p.TenantId == tenantId)) : [];
        return user;
    }

    public sealed class AccessInput : UserAssignmentInput
    {
        /// <summary>The person behind the account; empty: none.</summary>
        public Guid? PersonId { get; set; }

        public string? ConcurrencyStamp { get; set; }
    }
}
