using Microsoft.AspNetCore.Identity;

namespace CommunityStation.Infrastructure.Identity;

/// <summary>
/// A portal user. Town, RC and station users belong to one tenant (and RC/station users to one
/// community); bureau and admin users are city-level and have no tenant.
/// </summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = string.Empty;

    public Guid? TenantId { get; set; }

    public Guid? CommunityId { get; set; }

    /// <summary>
    /// The person in the staff register (of the same tenant) who uses this account (issue 11 item 4): plates, duty
    /// rosters, receipts and the public page show that person's name and post, not the login. Null: not linked.
    /// </summary>
    public Guid? PersonId { get; set; }

    /// <summary>A disabled user cannot sign in, and their open sessions end at the next security-stamp check.</summary>
    public bool IsDisabled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

public sealed class AppRole : IdentityRole<Guid>
{
    public AppRole()
    {
    }

    public AppRole(string roleName)
        : base(roleName)
    {
    }
}

/// <summary>The portal's roles ("Who uses the portal").</summary>
public static class AppRoles
{
    public const string Admin = "Admin";
    public const string Bureau = "Bureau";
    public const string TownOfficial = "TownOfficial";
    public const string RcOfficer = "RcOfficer";
    public const string StationHead = "StationHead";
    public const string DeskStaff = "DeskStaff";

    public static readonly IReadOnlyList<string> All = [Admin, Bureau, TownOfficial, RcOfficer, StationHead, DeskStaff];

    /// <summary>Roles whose users work inside one tenant and must have one.</summary>
    public static bool RequiresTenant(string role) => role is TownOfficial or RcOfficer or StationHead or DeskStaff;

    /// <summary>Roles whose users work for one community and must have one.</summary>
    public static bool RequiresCommunity(string role) => role is RcOfficer or StationHead or DeskStaff;
}

/// <summary>Claim types the portal adds to the principal.</summary>
public static class AppClaims
{
    public const string TenantId = Portal + "tenant";
    public const string CommunityId = Portal + "community";
    public const string DisplayName = Portal + "name";

    /// <summary>Set in the cookie when the user has an authenticator enrolled (from <c>TwoFactorEnabled</c>).</summary>
    public const string TwoFactor = Portal + "2fa";

    /// <summary>A stored user claim: a Development demo account, which may be exempt from two-factor enrolment.</summary>
    public const string DemoAccount = Portal + "demo";

    /// <summary>A stored user claim: an administrator set the password, so the user must choose a new one first.</summary>
    public const string MustChangePassword = Portal + "must-change-password";

    /// <summary>The portal's own claim types share one prefix, so they never clash with Identity's.</summary>
    private const string Portal = "cs:";
}
