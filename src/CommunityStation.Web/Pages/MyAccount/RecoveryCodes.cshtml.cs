namespace CommunityStation.Web.Pages.MyAccount;

/// <summary>Shows newly made recovery codes once (they arrive through TempData and are gone after).</summary>
public sealed class RecoveryCodesModel : PageModel
{
    public IReadOnlyList<string> Codes { get; private set; } = [];

    public void OnGet()
    {
        Codes = TempData[TwoFactorEnrolment.RecoveryCodesKey] as string[] ?? [];
    }
}
