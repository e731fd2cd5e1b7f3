namespace CommunityStation.Browser.Tests.Pages.Registration;

/// <summary>Fills the RC's new-application form (the station name is composed, not typed) and creates the draft.</summary>
public static class ApplicationForm
{
    public static async Task CreateAsync(IPage rc, string headName, string premisesAddress, string capitalSource)
    {
        ArgumentNullException.ThrowIfNull(rc);
        await rc.FillAsync("#Input_HeadName", headName);
        await rc.FillAsync("#Input_HeadIdNumber", "11010519491231002x");
        await rc.FillAsync("#Input_HeadPhone", "13812345678");
        await rc.SelectOptionAsync("#Input_HeadEducation", "大专");
        await rc.CheckAsync("#Input_HeadIsSecretaryOrDirector");
        await rc.FillAsync("#Input_PremisesAddress", premisesAddress);
        await rc.FillAsync("#Input_PremisesAreaSqm", "120");
        await rc.FillAsync("#Input_PremisesUseRightBasis", "产权自有");
        await rc.FillAsync("#Input_RegisteredCapital", "30000");
        await rc.FillAsync("#Input_CapitalSource", capitalSource);
        await rc.ClickAsync("#create");
        await rc.WaitForSelectorAsync("#documents");
    }
}
