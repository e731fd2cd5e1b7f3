using CommunityStation.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;

namespace CommunityStation.Web.Pages.Account;

/// <summary>
/// The second sign-in step for users with an authenticator: a code from the app, or one of the recovery
/// codes. Wrong codes count towards Identity's lockout of the account — only someone who knew the
/// password gets here — and towards the address's sign-in throttle.
/// </summary>
public sealed class LoginWith2faModel(AppSignInManager signIn, AuditLog audit, SignInThrottle throttle, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public CodeInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login") : Page();

    public Task<IActionResult> OnPostAsync() => VerifyAsync(Input.Code, "authenticator code", (code, _) => signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false));

    public Task<IActionResult> OnPostRecoveryAsync() => VerifyAsync(Input.RecoveryCode, "recovery code", (code, _) => signIn.TwoFactorRecoveryCodeSignInAsync(code));

    private async Task<IActionResult> VerifyAsync(string? input, string method, Func<string, AppUser, Task<Microsoft.AspNetCore.Identity.SignInResult>> attempt)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Account/Login");
        }

        // Recovery codes are "xxxxx-xxxxx" as shown; spaces are what people add when copying.
        var code = (input ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (code.Length == 0)
        {
            ModelState.AddModelError(string.Empty, l["请输入验证码或恢复码。"]);
            return Page();
        }

        var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.Check(address, user.UserName) is { } refusal)
        {
            await audit.WriteSignInAsync(AuditKinds.SignInFailed, user.UserName, user, $"throttled ({refusal.Scope}), {method} not checked", address);
            return this.Throttled(refusal, l);
        }

        var result = await attempt(code, user);
        await audit.WriteSignInAsync(result.Succeeded ? AuditKinds.SignIn : AuditKinds.SignInFailed, user.UserName, user, result.Succeeded ? $"with {method}" : result.IsLockedOut ? "locked out" : $"wrong {method}", address);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        if (result.IsLockedOut)
        {
            ModelState.AddModelError(string.Empty, l["账号已临时锁定，请稍后再试或联系系统管理员。"]);
            return Page();
        }

        throttle.RecordFailure(address, user.UserName);
        ModelState.AddModelError(string.Empty, method == "recovery code" ? l["恢复码不正确或已使用过。"] : l["验证码不正确。"]);
        return Page();
    }

    /// <summary>The code from the authenticator app (first form) or a recovery code (second form).</summary>
    public sealed class CodeInput
    {
        public string? Code { get; set; }

        public string? RecoveryCode { get; set; }
    }
}
