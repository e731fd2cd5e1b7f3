namespace CommunityStation.Web.Pages.MyAccount;

/// <summary>What the two-factor pages share.</summary>
public static class TwoFactorEnrolment
{
    public const int RecoveryCodeCount = 10;

    /// <summary>TempData key: the new recovery codes travel once to the page that shows them.</summary>
    public const string RecoveryCodesKey = "RecoveryCodes";

    /// <summary>The name authenticator apps show above the code.</summary>
    public const string Issuer = "CommunityStation";
}
