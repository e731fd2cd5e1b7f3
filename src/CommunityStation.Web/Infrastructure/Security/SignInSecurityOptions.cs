using System.Security.Claims;

namespace CommunityStation.Web.Infrastructure.Security;

/// <summary>The "Security" configuration section: who must use two-factor sign-in.</summary>
public sealed class SignInSecurityOptions
{
    public const string Section = "Security";

    /// <summary>Comma-separated roles that must enrol an authenticator; empty turns the requirement off.</summary>
    public string RequireTwoFactorForRoles { get; set; } = string.Join(',', AppRoles.Admin, AppRoles.Bureau, AppRoles.TownOfficial);

    /// <summary>Development only: the seeded demo accounts may sign in with the README's password alone.</summary>
    public bool ExemptDemoAccountsFromTwoFactor { get; set; }

    public IReadOnlyList<string> TwoFactorRoles =>
        RequireTwoFactorForRoles.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Whether the signed-in user's roles require an authenticator they have not enrolled yet.</summary>
    public bool MustEnrolTwoFactor(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return IsTwoFactorRequired(user) && !user.HasClaim(AppClaims.TwoFactor, "true");
    }

    /// <summary>Whether the user's roles require two-factor sign-in (so they may not turn it off).</summary>
    public bool IsTwoFactorRequired(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return TwoFactorRoles.Any(user.IsInRole)
            && !(ExemptDemoAccountsFromTwoFactor && user.HasClaim(AppClaims.DemoAccount, "true"));
    }
}

/// <summary>
/// "Security:SignInThrottle": how many failed sign-ins each key may have before it must wait; one more
/// is allowed every <see cref="ThrottleLimit.ReplenishSeconds"/>. See docs/adr/0006-sign-in-throttling.md.
/// </summary>
public sealed class SignInThrottleOptions
{
    public const string Section = "Security:SignInThrottle";

    /// <summary>Failures from one client address, whatever the names tried.</summary>
    public ThrottleLimit PerAddress { get; set; } = new() { Failures = 20, ReplenishSeconds = 60 };

    /// <summary>Failures for one user name from one address: a typist's own limit, which others never reach.</summary>
    public ThrottleLimit PerAddressAndName { get; set; } = new() { Failures = 5, ReplenishSeconds = 120 };

    /// <summary>Failures for one user name from all addresses together: above what one address can ever spend on it.</summary>
    public ThrottleLimit PerName { get; set; } = new() { Failures = 50, ReplenishSeconds = 60 };
}

public sealed class ThrottleLimit
{
    public int Failures { get; set; }

    public int ReplenishSeconds { get; set; }
}
