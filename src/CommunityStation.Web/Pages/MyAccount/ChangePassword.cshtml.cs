using CommunityStation.Web.Infrastructure.Security;
using CommunityStation.Web.Pages.Admin.Users;
using Microsoft.AspNetCore.Identity;

namespace CommunityStation.Web.Pages.MyAccount;

/// <summary>
/// The user changes their own password; also where a user is kept after an administrator set their
/// password, until they choose one only they know.
/// </summary>
public sealed class ChangePasswordModel(AppSignInManager signIn, SignInThrottle throttle, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public PasswordChange Input { get; set; } = new();

    public bool MustChange => User.HasClaim(c => c.Type == AppClaims.MustChangePassword);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var users = signIn.UserManager;
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!ModelState.Validate(new PasswordChangeValidator(localizer), Input))
        {
            return Page();
        }

        // Guessing the current password through a left-open session counts like a failed sign-in.
        var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.Check(address, user.UserName) is { } refusal)
        {
            return this.Throttled(refusal, localizer);
        }

        var check = await UserForm.CheckPasswordAsync(users, user, Input.NewPassword!);
        UserForm.AddIdentityErrors(ModelState, check, localizer, users.Options.Password.RequiredLength, "Input.NewPassword");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var changed = await users.ChangePasswordAsync(user, Input.CurrentPassword!, Input.NewPassword!);
        if (changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
        {
            throttle.RecordFailure(address, user.UserName);
            ModelState.AddModelError("Input.CurrentPassword", localizer["当前密码不正确。"]);
            return Page();
        }

        if (!changed.Succeeded)
        {
            UserForm.AddIdentityErrors(ModelState, changed, localizer, users.Options.Password.RequiredLength, "Input.NewPassword");
            return Page();
        }

        var cleared = await users.ClearPasswordChangeAsync(user);
        if (!cleared.Succeeded)
        {
            throw new InvalidOperationException("The password-change flag could not be removed.");
        }

        // The new stamp ended every other session; this one continues with a fresh cookie.
        await signIn.RefreshSignInAsync(user);
        TempData["Saved"] = localizer["密码已修改。"].Value;
        return RedirectToPage("/MyAccount/Index");
    }

    public sealed class PasswordChange
    {
        public string? CurrentPassword { get; set; }

        public string? NewPassword { get; set; }

        public string? ConfirmPassword { get; set; }
    }

    public sealed class PasswordChangeValidator : AbstractValidator<PasswordChange>
    {
        public PasswordChangeValidator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(x => x.CurrentPassword).NotEmpty().WithMessage(_ => l["请输入当前密码。"]).MaximumLength(256);
            RuleFor(x => x.NewPassword).NotEmpty().WithMessage(_ => l["请输入新密码。"])
                .MaximumLength(128).WithMessage(_ => l["密码不超过 {0} 个字符。", 128])
                .NotEqual(x => x.CurrentPassword).WithMessage(_ => l["新密码不能与当前密码相同。"]);
            RuleFor(x => x.ConfirmPassword).Equal(x => x.NewPassword).WithMessage(_ => l["两次输入的新密码不一致。"]);
        }
    }
}
