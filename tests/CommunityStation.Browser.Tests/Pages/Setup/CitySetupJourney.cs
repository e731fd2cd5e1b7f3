namespace CommunityStation.Browser.Tests.Pages.Setup;

/// <summary>
/// Issue 12, setting up a real city: the administrator creates a town in 辖区管理 and imports its official from an XLSX
/// file; the official signs in for the first time (new password, authenticator), imports the town's communities from an
/// XLSX file and merges two of them.
/// </summary>
public sealed class CitySetupJourney(BrowserPortal portal) : BrowserJourney(portal)
{
    private const string OfficialPassword = "Gaocheng!first-2026";

    private static async Task<string> XlsxFileAsync(string name, params string[][] rows)
    {
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}-{name}");
        await File.WriteAllBytesAsync(path, await ImportFiles.XlsxAsync(rows));
        return path;
    }

    [Fact]
    public async Task The_admin_creates_a_town_and_imports_its_official_who_imports_communities_and_merges_two()
    {
        var admin = await Portal.SignedInPageAsync("demo-admin");
        var violations = BrowserPortal.WatchPolicyViolations(admin);
        await admin.ClickAsync("a[data-nav='tenants']");
        await admin.ClickAsync("#create-tenant");
        await admin.FillAsync("#Input_Name", "高塍镇");
        await admin.SelectOptionAsync("#Input_Kind", "Town");
        await admin.FillAsync("#Input_OfficialCode", "320282102");
        await admin.FillAsync("#Input_Code", "gaocheng");
        await admin.ClickAsync("#save");
        await admin.WaitForSelectorAsync("#tenants tr[data-tenant='gaocheng']");

        await admin.ClickAsync("a[data-nav='users']");
        await admin.ClickAsync("#import-users");
        var users = await XlsxFileAsync("users.xlsx", ["用户名", "姓名", "角色", "镇（街道）", "社区", "初始密码"], ["gaocheng-town", "陆镇长", "镇（街道）干部", "gaocheng", string.Empty, OfficialPassword]);
        await admin.SetInputFilesAsync("#import-file", users);
        await admin.ClickAsync("#upload");
        await admin.WaitForSelectorAsync("#import-taken[data-created='1']");
        await admin.Context.CloseAsync();

        // The official's first sign-in: a new password, then an authenticator (a town role needs two-step sign-in).
        var town = await Portal.NewPageAsync();
        violations.Watch(town);
        await BrowserPortal.SubmitSignInAsync(town, "gaocheng-town", OfficialPassword);
        await town.WaitForSelectorAsync("#must-change-password");
        await town.FillAsync("#Input_CurrentPassword", OfficialPassword);
        await town.FillAsync("#Input_NewPassword", "Only-Lu-knows-2026");
        await town.FillAsync("#Input_ConfirmPassword", "Only-Lu-knows-2026");
        await town.ClickAsync("#save-password");
        await town.WaitForSelectorAsync("#must-enrol");
        await town.FillAsync("#Code", Totp.Code((await town.TextContentAsync("#shared-key"))!));
        await town.ClickAsync("#verify-enrolment");
        await town.WaitForSelectorAsync("#recovery-codes");

        await town.ClickAsync("a[data-nav='communities']");
        await town.ClickAsync("#import-communities");
        var communities = await XlsxFileAsync(
            "communities.xlsx",
            ["社区名称", "户数", "居委会任期开始", "居委会任期结束", "社区党组织", "党组织书记", "居委会主任"],
            ["高塍社区", "2300", "2024-01-01", "2028-12-31", "中共高塍社区委员会", string.Empty, string.Empty],
            ["赛园社区", "900", "2024-01-01", "2028-12-31", string.Empty, string.Empty, string.Empty],
            ["仁庄社区", "1100", "2024-01-01", "2028-12-31", string.Empty, string.Empty, string.Empty]);
        await town.SetInputFilesAsync("#import-file", communities);
        await town.ClickAsync("#upload");
        await town.WaitForSelectorAsync("#import-taken[data-created='3']");

        // The same file again changes nothing.
        await town.SetInputFilesAsync("#import-file", communities);
        await town.ClickAsync("#upload");
        await town.WaitForSelectorAsync("#import-taken[data-created='0'][data-unchanged='3']");

        await town.ClickAsync("a[data-nav='communities']");
        await town.ClickAsync("tr[data-community='赛园社区'] a:has-text('合并')");
        await town.SelectOptionAsync("#Input_IntoId", new SelectOptionValue { Label = "仁庄社区" });
        await town.FillAsync("#Input_On", "2026-07-01");
        await town.ClickAsync("#merge");
        await town.WaitForSelectorAsync("#lineage tr[data-kind='Absorbed']");
        Assert.Equal("2000", (await town.TextContentAsync("#households"))?.Trim());

        await town.ClickAsync("a[data-nav='communities']");
        Assert.Equal(2, await town.Locator("#communities tbody tr").CountAsync());
        violations.AssertNone();
        await town.Context.CloseAsync();
        File.Delete(users);
        File.Delete(communities);
    }
}
