using Microsoft.AspNetCore.Identity;

namespace CommunityStation.Web.Pages.Admin.Users;

/// <summary>The administrator gives an account its one role and, by role, its tenant and community.</summary>
public sealed class AccessModel(AppDbContext db, UserAccess access, PortalClock clock, UserManager<AppUser> users, IStringLocalizer<SharedResource> localizer) : AccountPageModel(db, access, clock, users)
{
    [BindProperty]
    public AccessInput Input { get; set; } = new();

    public IReadOnlyList<TenantOption> Tenants { get; private set; } = [];

    public IReadOnlyList<UserForm.CommunityOption> Communities { get; private set; } = [];

    public async Task OnGetAsync(Guid id)
    {
        var user = await LoadAsync(id);
        Input = new AccessInput
        {
            Role = Account.Roles.Count > 0 ? Account.Roles[0] : null,
            TenantId = user.TenantId,
            CommunityId = user.CommunityId,
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
        return user;
    }

    public sealed class AccessInput : IUserAssignment
    {
        public string? Role { get; set; }

        public Guid? TenantId { get; set; }

        public Guid? CommunityId { get; set; }

        public string? ConcurrencyStamp { get; set; }
    }
}
