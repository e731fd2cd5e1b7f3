using System.Text;
using CommunityStation.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using QRCoder;

namespace CommunityStation.Web.Pages.MyAccount;

/// <summary>
/// Enrols an authenticator app (TOTP, RFC 6238): the QR code (drawn on the server) or the key typed
/// in by hand, then one code from the app proves it works before two-factor sign-in is turned on.
/// </summary>
public sealed class AuthenticatorModel(AppSignInManager signIn, IOptions<SignInSecurityOptions> options, IStringLocalizer<SharedResource> l) : OwnAccountPageModel(signIn)
{
    [BindProperty]
    public string? Code { get; set; }

    /// <summary>The key in groups of four, for typing into the app.</summary>
    public string SharedKey { get; private set; } = string.Empty;

    public string QrSvg { get; private set; } = string.Empty;

    /// <summary>The user's role requires two-factor sign-in and they have not enrolled yet.</summary>
    public bool MustEnrol { get; private set; }

    public Task<IActionResult> OnGetAsync() => ForUnenrolledUserAsync(async user =>
    {
        await LoadAsync(user);
        return Page();
    });

    public Task<IActionResult> OnPostAsync() => ForUnenrolledUserAsync(async user =>
    {
        var code = (Code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        var users = Users;
        if (code.Length == 0 || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), code.Length == 0 ? l["请输入验证码。"] : l["验证码不正确，请核对手机时间后重试。"]);
            await LoadAsync(user);
            return Page();
        }

        // Turning it on changes the security stamp: the refreshed cookie carries the new one (and the 2FA claim).
        Check(await users.SetTwoFactorEnabledAsync(user, true));
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, TwoFactorEnrolment.RecoveryCodeCount);
        await SignInManager.RefreshSignInAsync(user);
        TempData[TwoFactorEnrolment.RecoveryCodesKey] = codes?.ToArray() ?? [];
        return RedirectToPage("/MyAccount/RecoveryCodes");
    });

    /// <summary>Enrolment is for a user without two-factor sign-in; one who has it goes to their account page.</summary>
    private Task<IActionResult> ForUnenrolledUserAsync(Func<AppUser, Task<IActionResult>> handle) =>
        ForUserAsync(user => user.TwoFactorEnabled ? Task.FromResult<IActionResult>(RedirectToPage("/MyAccount/Index")) : handle(user));

    private async Task LoadAsync(AppUser user)
    {
        MustEnrol = options.Value.MustEnrolTwoFactor(User);
        var users = Users;
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // A new key changes the security stamp, so the cookie is re-issued to keep this session.
            Check(await users.ResetAuthenticatorKeyAsync(user));
            await SignInManager.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key after reset.");
        }

        SharedKey = FormatKey(key);
        var uri = string.Create(
            CultureInfo.InvariantCulture,
            $"otpauth://totp/{Uri.EscapeDataString(TwoFactorEnrolment.Issuer)}:{Uri.EscapeDataString(user.UserName ?? string.Empty)}?secret={key}&issuer={Uri.EscapeDataString(TwoFactorEnrolment.Issuer)}&digits=6");
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        QrSvg = new SvgQRCode(data).GetGraphic(4);
    }

    private static string FormatKey(string key)
    {
        var result = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            result.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return result.ToString().TrimEnd().ToLowerInvariant();
    }
}
