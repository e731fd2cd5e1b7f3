using System.Globalization;
using System.Text.Json;
using CommunityStation.Infrastructure.Auditing;
using CommunityStation.Infrastructure.Identity;
using CommunityStation.Infrastructure.Persistence;
using CommunityStation.Web.Infrastructure.Access;
using CommunityStation.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityStation.Web.Pages.Admin.Users;

/// <summary>
/// The administrator changes an account's name, role, tenant and community, disables or enables it,
/// sets a new password and lifts a lockout. Each action is its own POST handler and form.
/// </summary>
public sealed class EditModel : PageModel
{
    private readonly AppDbContext _db;
    private readonly UserAccess _access;
    private readonly PortalClock _clock;
    private readonly UserManager<AppUser> _users;
    private readonly IStringLocalizer<SharedResource> _l;

    public EditModel(AppDbContext db, UserAccess access, PortalClock clock, UserManager<AppUser> users, IStringLocalizer<SharedResource> l)
    {
        _db = db;
        _access = access;
        _clock = clock;
        _users = users;
        _l = l;
    }

    [BindProperty]
    public EditInput Input { get; set; } = new();

    [BindProperty]
    public PasswordInput Reset { get; set; } = new();

    public AccountView Account { get; private set; } = null!;

    public IReadOnlyList<UserForm.TenantOption> Tenants { get; private set; } = [];

    public IReadOnlyList<UserForm.CommunityOption> Communities { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var user = await FindAsync(id);
        if (user is null)
        {
            return await this.NotFoundAuditedAsync("User", id);
        }

        await LoadAsync(user, fillInput: true);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var user = await FindAsync(id);
        if (user is null)
        {
            return await this.NotFoundAuditedAsync("User", id);
        }

        await LoadAsync(user, fillInput: false);
        if (ModelState.Validate(new EditValidator(_l), Input))
        {
            await UserForm.CheckAssignmentAsync(_db, ModelState, Input, _l);
        }

        // An administrator who demoted themself could not undo it.
        if (Account.IsSelf && Input.Role is not null && Input.Role != AppRoles.Admin)
        {
            ModelState.AddModelError("Input.Role", _l["不能取消自己的系统管理员角色。"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // The stamp the admin saw against the one just loaded: a change since the form was shown is a
        // lost race (the user store re-attaches the user, so an overridden original value would not hold;
        // Identity's own stamp check still covers the moment between this load and the update).
        if (!string.Equals(user.ConcurrencyStamp, Input.ConcurrencyStamp, StringComparison.Ordinal))
        {
            throw new DbUpdateConcurrencyException("The user was changed by someone else.");
        }

        user.DisplayName = Input.DisplayName!.Trim();
        user.TenantId = Input.TenantId;
        user.CommunityId = Input.CommunityId;
        var updated = await _users.UpdateAsync(user);
        if (updated.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            // Thrown so the unit of work rolls back (with the audit row of the failed update) and shows the message.
            throw new DbUpdateConcurrencyException("The user was changed by someone else.");
        }

        if (!updated.Succeeded)
        {
            UserForm.AddIdentityErrors(ModelState, updated, _l, _users.Options.Password.RequiredLength, string.Empty);
            return Page();
        }

        // One role per account: replace whatever it had. A new tenant or role reaches the user's
        // session at the next security-stamp check (≤ 1 minute), which rebuilds the claims.
        var roles = await _users.GetRolesAsync(user);
        if (roles.Count != 1 || roles[0] != Input.Role)
        {
            Check(roles.Count == 0 ? IdentityResult.Success : await _users.RemoveFromRolesAsync(user, roles));
            Check(await _users.AddToRoleAsync(user, Input.Role!));
        }

        TempData["Saved"] = _l["已保存。"].Value;
        return RedirectToPage("/Admin/Users/Edit", new { id });
    }

    public async Task<IActionResult> OnPostDisableAsync(Guid id)
    {
        var user = await FindAsync(id);
        if (user is null)
        {
            return await this.NotFoundAuditedAsync("User", id);
        }

        if (IsCurrentUser(user))
        {
            await LoadAsync(user, fillInput: true);
            ModelState.AddModelError(string.Empty, _l["不能停用自己正在使用的账号。"]);
            return Page();
        }

        // A new security stamp ends the user's open sessions at the next check (≤ 1 minute);
        // AppSignInManager refuses disabled users at sign-in and at that check.
        user.IsDisabled = true;
        Check(await _users.UpdateSecurityStampAsync(user));
        TempData["Saved"] = _l["已停用账号 {0}。", user.UserName!].Value;
        return RedirectToPage("/Admin/Users/Edit", new { id });
    }

    public async Task<IActionResult> OnPostEnableAsync(Guid id)
    {
        var user = await FindAsync(id);
        if (user is null)
        {
            return await this.NotFoundAuditedAsync("User", id);
        }

        user.IsDisabled = false;
        Check(await _users.UpdateAsync(user));
        TempData["Saved"] = _l["已启用账号 {0}。", user.UserName!].Value;
        return RedirectToPage("/Admin/Users/Edit", new { id });
    }

    public async Task<IActionResult> OnPostUnlockAsync(Guid id)
    {
        var user = await FindAsync(id);
        if (user is null)
        {
            return await this.NotFoundAuditedAsync("User", id);
        }

        var before = JsonSerializer.Serialize(new { user.AccessFailedCount, user.LockoutEnd });
        Check(await _users.SetLockoutEndDateAsync(user, null));
        Check(await _users.ResetAccessFailedCountAsync(user));

        // The audit interceptor treats lockout changes as noise (sign-in bookkeeping); an
        // administrator lifting a lockout is a decision, so it is recorded here, in the same transaction.
        AddAuditEntry(user, "lockout lifted by administrator", before, JsonSerializer.Serialize(new { user.AccessFailedCount, user.LockoutEnd }));
        await _db.SaveChangesAsync();
        TempData["Saved"] = _l["已解除锁定。"].Value;
        return RedirectToPage("/Admin/Users/Edit", new { id });
    }

    public async Task<IActionResult> OnPostResetPasswordAsync(Guid id)
    {
        var user = await FindAsync(id);
        if (user is null)
        {
            return await this.NotFoundAuditedAsync("User", id);
        }

        if (ModelState.Validate(new PasswordValidator(_l), Reset, "Reset"))
        {
            // Checked before the old password is removed, so a refused one never leaves the account without any.
            var check = await UserForm.CheckPasswordAsync(_users, user, Reset.NewPassword!);
            UserForm.AddIdentityErrors(ModelState, check, _l, _users.Options.Password.RequiredLength, "Reset.NewPassword");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(user, fillInput: true);
            return Page();
        }

        // Both calls change the security stamp, so the user's open sessions end too. A failure throws,
        // rolling back the removal.
        Check(await _users.RemovePasswordAsync(user));
        Check(await _users.AddPasswordAsync(user, Reset.NewPassword!));
        Check(await _users.RequirePasswordChangeAsync(user));

        // Password hashes never enter the trail, so the interceptor's rows carry no values; say what happened.
        AddAuditEntry(user, "password set by administrator", null, null);
        await _db.SaveChangesAsync();
        TempData["Saved"] = _l["已为 {0} 设置新密码。", user.UserName!].Value;
        return RedirectToPage("/Admin/Users/Edit", new { id });
    }

    private Task<AppUser?> FindAsync(Guid id) => _db.Users.FirstOrDefaultAsync(u => u.Id == id);

    private bool IsCurrentUser(AppUser user) =>
        string.Equals(_users.GetUserId(User), user.Id.ToString(), StringComparison.OrdinalIgnoreCase);

    private async Task LoadAsync(AppUser user, bool fillInput)
    {
        // The admin has no tenant: communities are read in the audited city mode.
        await _access.ReadAsync("admin: user management");
        (Tenants, Communities) = await UserForm.LoadOptionsAsync(_db);
        var roles = await _users.GetRolesAsync(user);
        var ordered = AppRoles.All.Where(roles.Contains).ToList();
        Account = new AccountView(
            user.Id,
            user.UserName ?? string.Empty,
            user.CreatedAt,
            user.IsDisabled,
            user.LockoutEnd > DateTimeOffset.UtcNow ? user.LockoutEnd : null,
            user.AccessFailedCount,
            ordered,
            IsCurrentUser(user));
        if (fillInput)
        {
            Input = new EditInput
            {
                DisplayName = user.DisplayName,
                Role = ordered.FirstOrDefault(),
                TenantId = user.TenantId,
                CommunityId = user.CommunityId,
                ConcurrencyStamp = user.ConcurrencyStamp,
            };
        }
    }

    private void AddAuditEntry(AppUser user, string detail, string? before, string? after)
    {
        _db.AuditEntries.Add(new AuditEntry
        {
            OccurredAt = DateTimeOffset.UtcNow,
            Kind = AuditKinds.Updated,
            UserId = _db.Tenant.UserId,
            UserName = _db.Tenant.UserName,
            TenantId = user.TenantId,
            Entity = nameof(AppUser),
            EntityKey = user.Id.ToString("D", CultureInfo.InvariantCulture),
            Before = before,
            After = after,
            Detail = detail,
            IpAddress = _db.Tenant.IpAddress,
        });
    }

    /// <summary>Identity failures that validation already ruled out: throwing rolls the unit of work back.</summary>
    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Identity refused the change: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }

    /// <summary>The account as shown above the forms.</summary>
    public sealed record AccountView(Guid Id, string UserName, DateTimeOffset CreatedAt, bool IsDisabled, DateTimeOffset? LockedUntil, int AccessFailedCount, IReadOnlyList<string> Roles, bool IsSelf);

    public sealed class EditInput : IUserAssignment
    {
        public string? DisplayName { get; set; }

        public string? Role { get; set; }

        public Guid? TenantId { get; set; }

        public Guid? CommunityId { get; set; }

        public string? ConcurrencyStamp { get; set; }
    }

    public sealed class PasswordInput
    {
        public string? NewPassword { get; set; }
    }

    public sealed class EditValidator : AbstractValidator<EditInput>
    {
        public EditValidator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(x => x.DisplayName).NotEmpty().WithMessage(_ => l["请输入姓名。"])
                .MaximumLength(UserForm.MaxDisplayNameLength).WithMessage(_ => l["姓名不超过 {0} 个字。", UserForm.MaxDisplayNameLength]);
            Include(new UserForm.AssignmentValidator(l));
        }
    }

    public sealed class PasswordValidator : AbstractValidator<PasswordInput>
    {
        public PasswordValidator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(x => x.NewPassword).NotEmpty().WithMessage(_ => l["请输入新密码。"])
                .MaximumLength(128).WithMessage(_ => l["密码不超过 {0} 个字符。", 128]);
        }
    }
}
