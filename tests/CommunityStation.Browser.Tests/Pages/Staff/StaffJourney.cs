namespace CommunityStation.Browser.Tests.Pages.Staff;

/// <summary>Issue 4's flow: campaign → applicants → ranking → hire → deploy → file → the bureau acknowledges.</summary>
public sealed class StaffJourney(BrowserPortal portal) : BrowserJourney(portal)
{
    private static string IdNumber(string first17) => first17 + ChineseIdNumber.ComputeCheckCharacter(first17);

    private static async Task RegisterPersonAsync(IPage page, string name, string idNumber, bool socialWork)
    {
        await page.GotoAsync("/Staff/People/Edit");
        await page.FillAsync("#Input_Name", name);
        await page.FillAsync("#Input_IdNumber", idNumber);
        await page.SelectOptionAsync("#Input_Education", "Bachelor");
        await page.SelectOptionAsync("#Input_Computer", "Level2");
        if (socialWork)
        {
            await page.CheckAsync("#Input_SocialWorkerCertificate");
        }

        await page.ClickAsync("#save");
        await page.WaitForSelectorAsync("#person-name");
    }

    [Fact]
    public async Task Campaign_applicants_ranking_hire_deploy_file_and_the_bureau_acknowledges()
    {
        var town = await Portal.SignedInPageAsync("demo-town");
        town.Dialog += (_, dialog) => dialog.AcceptAsync();
        await RegisterPersonAsync(town, "招聘甲", IdNumber("32028219950505123"), socialWork: false);
        await RegisterPersonAsync(town, "招聘乙", IdNumber("32028219960606124"), socialWork: true);

        // Campaign with one vacancy at 城中社区's station.
        await town.ClickAsync("a[data-nav='campaigns']");
        await town.FillAsync("#Input_Title", "2026年社区工作者公开招聘");
        await town.FillAsync("#Input_ClosingDate", "2026-12-31");
        var chengzhong = town.Locator("label:has-text('城中社区') + input.vacancy");
        await chengzhong.FillAsync("1");
        await town.ClickAsync("#open-campaign");
        await town.WaitForSelectorAsync("#campaign-title");

        foreach (var name in new[] { "招聘甲", "招聘乙" })
        {
            await town.SelectOptionAsync("#Input_PersonId", new SelectOptionValue { Label = name });
            await town.ClickAsync("#add-applicant");
            await town.WaitForSelectorAsync($"#unscored tr[data-applicant='{name}']");
        }

        // Equal totals under the default method: the social-work preference breaks the tie for 乙 (H4).
        foreach (var (name, exam, assessment) in new[] { ("招聘甲", "80", "80"), ("招聘乙", "80", "80") })
        {
            var row = town.Locator($"#unscored tr[data-applicant='{name}']");
            await row.Locator("input.exam").FillAsync(exam);
            await row.Locator("input.assessment").FillAsync(assessment);
            await row.Locator("button.save-score").ClickAsync();
            await town.WaitForSelectorAsync($"#ranking tr[data-applicant='{name}']");
        }

        Assert.Equal("招聘乙", (await town.Locator("#ranking tbody tr").First.GetAttributeAsync("data-applicant")));
        await town.ClickAsync("#hire");
        await town.WaitForSelectorAsync("#ranking tr[data-applicant='招聘乙'] .hired:has-text('城中社区')");

        // Deploy the new hire from 城中 to 南虹 (H5).
        await town.ClickAsync("a[data-nav='rosters']");
        await town.ClickAsync("#station-rosters tr[data-station='宜兴市宜城街道城中社区事务工作站'] a");
        var hire = town.Locator("#roster tr[data-person='招聘乙']");
        await hire.Locator("a.deploy-link").ClickAsync();
        await town.SelectOptionAsync("#Input_ToStation", new SelectOptionValue { Label = "宜兴市宜城街道南虹社区事务工作站" });
        await town.ClickAsync("#deploy");
        await town.WaitForSelectorAsync("#saved-message");
        Assert.Equal(0, await town.Locator("#roster tr[data-person='招聘乙']").CountAsync());

        // File 南虹's roster (H6).
        await town.ClickAsync("a[data-nav='rosters']");
        await town.ClickAsync("#station-rosters tr[data-station='宜兴市宜城街道南虹社区事务工作站'] a");
        Assert.Equal(1, await town.Locator("#roster tr[data-person='招聘乙']").CountAsync());
        await town.ClickAsync("#file-roster");
        await town.WaitForSelectorAsync("#saved-message");

        // The bureau sees it waiting, with the difference, and acknowledges it.
        var bureau = await Portal.SignedInPageAsync("demo-bureau");
        await bureau.ClickAsync("a[data-nav='filings']");
        await bureau.ClickAsync("#filings tr[data-station='宜兴市宜城街道南虹社区事务工作站'] a");
        Assert.Contains("招聘乙", await bureau.TextContentAsync("#diff"), StringComparison.Ordinal);
        await bureau.ClickAsync("#acknowledge");
        await bureau.WaitForSelectorAsync("#filing-status[data-status='Acknowledged']");

        await town.ReloadAsync();
        Assert.True(await town.Locator("#filing-current").IsVisibleAsync());
    }
}
