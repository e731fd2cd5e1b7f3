using System.Text.Json;
using Microsoft.AspNetCore.Identity;

namespace CommunityStation.Web.Pages.Admin.Users;

/// <summary>Whether an account may sign in: the administrator disables or enables it, or lifts a lockout.</summary>
public sealed class StatusModel(AppDbContext db, UserAccess access, PortalClock clock, UserManager<AppUser> users, AuditLog audit, IStringLocalizer<SharedResource> l)
    : AccountPageModel(db, access, clock, users)
{
    [BindProperty]
    public StatusInput Input { get; set; } = new();

    public async Task OnGetAsync(Guid id) => await LoadAsync(id);

    /// <summary>Disables (Input.Disabled) or enables the account.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var user = await LoadAsync(id);
        if (!Input.Disabled)
        {
            user.IsDisabled = false;
            UserForm.Check(await Users.UpdateAsync(user));
            TempData["Saved"] = l["已启用账号 {0}。", user.UserName!].Value;
            return RedirectToPage("/Admin/Users/Edit", new { id });
        }

        if (Account.IsSelf)
        {
            ModelState.AddModelError(string.Empty, l["不能停用自己正在使用的账号。"]);
            return Page();
        }

        // A new security stamp ends the user's open sessions at the next check (≤ 1 minute);
        // AppSignInManager refuses disabled users at sign-in and at that check.
        user.IsDisabled = true;
        UserForm.Check(await Users.UpdateSecurityStampAsync(user));
        TempData["Saved"] = l["已停用账号 {0}。", user.UserName!].Value;
        return RedirectToPage("/Admin/Users/Edit", new { id });
    }

    public async Task<IActionResult> OnPostUnlockAsync(Guid id)
    {
        var user = await LoadAsync(id);
        var before = JsonSerializer.Serialize(new { user.AccessFailedCount, user.LockoutEnd });
        UserForm.Check(await Users.SetLockoutEndDateAsync(user, null));
        UserForm.Check(await Users.ResetAccessFailedCountAsync(user));

        // The audit interceptor treats lockout changes as noise (sign-in bookkeeping); an
        // administrator lifting a lockout is a decision, so it is recorded here, in the same transaction.
        var after = JsonSerializer.Serialize(new { user.AccessFailedCount, user.LockoutEnd });
        Db.AuditEntries.Add(audit.Entry(AuditKinds.Updated, nameof(AppUser), user.Id, "lockout lifted by administrator", user.TenantId, before, after));
        await Db.SaveChangesAsync();
        TempData["Saved"] = l["已解除锁定。"].Value;
        return RedirectToPage("/Admin/Users/Edit", new { id });
    }

    public sealed class StatusInput
    {
        /// <summary>True: disable the account; false: enable it.</summary>
        public bool Disabled { get; set; }
    }
}
