using CommunityStation.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CommunityStation.Web.Pages.MyAccount;

/// <summary>The signed-in user's own account: password and two-factor sign-in.</summary>
public sealed class IndexModel(AppSignInManager signIn, IOptions<SignInSecurityOptions> options, IStringLocalizer<SharedResource> l) : OwnAccountPageModel(signIn)
{
    public string UserName { get; private set; } = string.Empty;

    public string DisplayName { get; private set; } = string.Empty;

    public bool TwoFactorEnabled { get; private set; }

    public bool TwoFactorRequired { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    public Task<IActionResult> OnGetAsync() => ForUserAsync(async user =>
    {
        await LoadAsync(user);
        return Page();
    });

    /// <summary>New recovery codes replace the old ones (when they are used up or may have been seen).</summary>
    public Task<IActionResult> OnPostRecoveryCodesAsync() => ForUserAsync(async user =>
    {
        if (!user.TwoFactorEnabled)
        {
            return RedirectToPage("/MyAccount/Index");
        }

        var codes = await Users.GenerateNewTwoFactorRecoveryCodesAsync(user, TwoFactorEnrolment.RecoveryCodeCount);
        TempData[TwoFactorEnrolment.RecoveryCodesKey] = codes?.ToArray() ?? [];
        return RedirectToPage("/MyAccount/RecoveryCodes");
    });

    /// <summary>Only for users whose role does not require two-factor sign-in.</summary>
    public Task<IActionResult> OnPostDisableTwoFactorAsync() => ForUserAsync(async user =>
    {
        if (options.Value.IsTwoFactorRequired(User))
        {
            await LoadAsync(user);
            ModelState.AddModelError(string.Empty, l["您的角色要求两步验证，不能关闭。"]);
            return Page();
        }

        Check(await Users.SetTwoFactorEnabledAsync(user, false));

        // A fresh key, so the app holding the old one is worthless if this is turned on again.
        Check(await Users.ResetAuthenticatorKeyAsync(user));
        await SignInManager.RefreshSignInAsync(user);
        TempData["Saved"] = l["两步验证已关闭。"].Value;
        return RedirectToPage("/MyAccount/Index");
    });

    private async Task LoadAsync(AppUser user)
    {
        UserName = user.UserName ?? string.Empty;
        DisplayName = user.DisplayName;
        TwoFactorEnabled = user.TwoFactorEnabled;
        TwoFactorRequired = options.Value.IsTwoFactorRequired(User);
        RecoveryCodesLeft = TwoFactorEnabled ? await Users.CountRecoveryCodesAsync(user) : 0;
    }
}
