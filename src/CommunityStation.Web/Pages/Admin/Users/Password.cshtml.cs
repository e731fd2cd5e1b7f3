using Microsoft.AspNetCore.Identity;

namespace CommunityStation.Web.Pages.Admin.Users;

/// <summary>The administrator sets a new password for an account; its open sessions end.</summary>
public sealed class PasswordModel(AppDbContext db, UserAccess access, PortalClock clock, UserManager<AppUser> users, AuditLog audit, IStringLocalizer<SharedResource> localizer) : AccountPageModel(db, access, clock, users)
{
    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public async Task OnGetAsync(Guid id) => await LoadAsync(id);

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var user = await LoadAsync(id);
        if (ModelState.Validate(new PasswordValidator(localizer), Input))
        {
            // Checked before the old password is removed, so a refused one never leaves the account without any.
            var check = await UserForm.CheckPasswordAsync(Users, user, Input.NewPassword!);
            UserForm.AddIdentityErrors(ModelState, check, localizer, Users.Options.Password.RequiredLength, "Input.NewPassword");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Both calls change the security stamp, so the user's open sessions end too. A failure throws,
        // rolling back the removal.
        UserForm.Check(await Users.RemovePasswordAsync(user));
        UserForm.Check(await Users.AddPasswordAsync(user, Input.NewPassword!));
        UserForm.Check(await Users.RequirePasswordChangeAsync(user));

        // Password hashes never enter the trail, so the interceptor's rows carry no values; say what happened.
        Db.AuditEntries.Add(audit.Entry(AuditKinds.Updated, nameof(AppUser), user.Id, "password set by administrator", user.TenantId));
        await Db.SaveChangesAsync();
        TempData["Saved"] = localizer["已为 {0} 设置新密码。", user.UserName!].Value;
        return RedirectToPage("/Admin/Users/Edit", new { id });
    }

    public sealed class PasswordInput
    {
        public string? NewPassword { get; set; }
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
