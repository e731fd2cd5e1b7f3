using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CommunityStation.Infrastructure.Identity;

/// <summary>Refuses sign-in, and the periodic security-stamp revalidation, for disabled users.</summary>
public sealed class AppSignInManager : SignInManager<AppUser>
{
    // A hash of a random password, verified for unknown names so they cost what a wrong password costs.
    private static string? s_dummyHash;

    public AppSignInManager(
        UserManager<AppUser> userManager,
        IHttpContextAccessor contextAccessor,
        IUserClaimsPrincipalFactory<AppUser> claimsFactory,
        IOptions<IdentityOptions> optionsAccessor,
        ILogger<SignInManager<AppUser>> logger,
        IAuthenticationSchemeProvider schemes,
        IUserConfirmation<AppUser> confirmation)
        : base(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
    {
    }

    public override async Task<bool> CanSignInAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return !user.IsDisabled && await base.CanSignInAsync(user);
    }

    public override async Task<AppUser?> ValidateSecurityStampAsync(System.Security.Claims.ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is { IsDisabled: false } ? user : null;
    }

    /// <summary>
    /// The first sign-in step. Unlike <see cref="SignInManager{TUser}.PasswordSignInAsync(string, string, bool, bool)"/>
    /// the password is checked before anything else is said about the account, so an unknown, disabled
    /// or locked-out name costs the same password hash and gets the same "failed" as a wrong password;
    /// and a wrong password never counts towards the account's lockout (throttling is per address and
    /// name, see docs/adr/0006). Returns the user when the name exists, for the audit trail.
    /// </summary>
    public async Task<(SignInResult Result, AppUser? User)> SignInWithPasswordAsync(string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var user = await UserManager.FindByNameAsync(userName);
        if (user?.PasswordHash is null)
        {
            _ = UserManager.PasswordHasher.VerifyHashedPassword(user ?? new AppUser(), DummyHash(), password);
            return (SignInResult.Failed, user);
        }

        if (!await UserManager.CheckPasswordAsync(user, password))
        {
            return (SignInResult.Failed, user);
        }

        // Disabled or locked out (after wrong authenticator codes) is only said to someone who knows the password.
        return (await PreSignInCheck(user) ?? await SignInOrTwoFactorAsync(user, isPersistent: false), user);
    }

    private string DummyHash() =>
        s_dummyHash ??= UserManager.PasswordHasher.HashPassword(new AppUser(), Guid.NewGuid().ToString("N"));
}
