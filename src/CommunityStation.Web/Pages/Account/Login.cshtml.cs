using CommunityStation.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;

namespace CommunityStation.Web.Pages.Account;

public sealed class LoginModel(AppSignInManager signIn, AuditLog audit, IStringLocalizer<SharedResource> localizer, SignInThrottle throttle) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The form shows no data: no transaction, no round-trip.</summary>
    [NoUnitOfWork]
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.Validate(new LoginValidator(localizer), Input))
        {
            return Page();
        }

        var userName = Input.UserName.Trim();
        var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.Check(address, userName) is { } refusal)
        {
            await audit.WriteSignInAsync(AuditKinds.SignInFailed, userName, null, $"throttled ({refusal.Scope}), password not checked", address);
            return this.Throttled(refusal, localizer);
        }

        var (result, user) = await signIn.SignInWithPasswordAsync(userName, Input.Password);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/LoginWith2fa", new { ReturnUrl });
        }

        var detail = result.Succeeded ? null : result.IsLockedOut ? "locked out" : result.IsNotAllowed ? "not allowed (disabled)" : "wrong user name or password";
        await audit.WriteSignInAsync(result.Succeeded ? AuditKinds.SignIn : AuditKinds.SignInFailed, userName, user, detail, address);

        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        // Only a wrong password counts: disabled and locked out are said after the right one.
        if (!result.IsLockedOut && !result.IsNotAllowed)
        {
            throttle.RecordFailure(address, userName);
        }

        var message = result.IsLockedOut
            ? localizer["账号已临时锁定，请稍后再试或联系系统管理员。"]
            : result.IsNotAllowed
                ? localizer["此账号已停用，请联系系统管理员。"]
                : localizer["用户名或密码不正确。"];
        ModelState.AddModelError(string.Empty, message);
        return Page();
    }

    public sealed class LoginInput
    {
        public string UserName { get; set; } = string.Empty;

        public string Password { get; set; } = string.Empty;
    }

    public sealed class LoginValidator : AbstractValidator<LoginInput>
    {
        public LoginValidator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(x => x.UserName).NotEmpty().WithMessage(_ => l["请输入用户名。"]).MaximumLength(256);
            RuleFor(x => x.Password).NotEmpty().WithMessage(_ => l["请输入密码。"]).MaximumLength(256);
        }
    }
}
