using Deque.AxeCore.Playwright;

namespace CommunityStation.Browser.Tests.Pages.Staff;

/// <summary>Issue 4's flow, as issue 11 item 7 changed it: campaign → outside applicants → scores → hire at a chosen station after the closing date → deploy → file → the bureau acknowledges.</summary>
public sealed class StaffJourney(BrowserPortal portal) : BrowserJourney(portal)
{
    private static string IdNumber(string first17) => first17 + ChineseIdNumber.ComputeCheckCharacter(first17);

    /// <summary>The recruitment pages are not reached by the accessibility crawl (they need a campaign): axe checks them here.</summary>
    private static async Task AssertNoSeriousAxeViolationAsync(IPage page)
    {
        var result = await page.RunAxe();
        var blocking = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{page.Url}: {v.Impact} {v.Id} {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Target.ToString()))}").ToList();
        Assert.True(blocking.Count == 0, string.Join("\n", blocking));
    }

    /// <summary>Registers an outside applicant on the campaign page's Apply form: their own particulars, no register entry.</summary>
    private static async Task ApplyAsync(IPage page, string name, string idNumber, bool socialWork)
    {
        await page.ClickAsync("#add-applicant");
        await AssertNoSeriousAxeViolationAsync(page);
        await page.FillAsync("#Input_Name", name);
        await page.FillAsync("#Input_IdNumber", idNumber);
        await page.FillAsync("#Input_Phone", "13800000000");
        await page.SelectOptionAsync("#Input_Education", "Bachelor");
        await page.SelectOptionAsync("#Input_Computer", "Level2");
        if (socialWork)
        {
            await page.CheckAsync("#Input_SocialWorkerCertificate");
        }

        await page.ClickAsync("#save-applicant");
        await page.WaitForSelectorAsync($"#unscored tr[data-applicant='{name}']");
    }

    [Fact]
    public async Task Campaign_outside_applicants_scores_hire_at_a_chosen_station_deploy_file_and_the_bureau_acknowledges()
    {
        var town = await Portal.SignedInPageAsync("demo-town");
        town.Dialog += (_, dialog) => dialog.AcceptAsync();

        // A campaign that closed yesterday (hiring opens the day after the closing date, H3): one post each at 城中 and 南虹.
        var yesterday = ChinaDate.Of(TimeProvider.System.GetUtcNow()).AddDays(-1);
        await town.ClickAsync("a[data-nav='campaigns']");
        await town.FillAsync("#Input_Title", "2026年社区工作者公开招聘");
        await town.FillAsync("#Input_ClosingDate", yesterday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await town.Locator("label:has-text('城中社区') + input.vacancy").FillAsync("1");
        await town.Locator("label:has-text('南虹社区') + input.vacancy").FillAsync("1");
        await town.ClickAsync("#open-campaign");
        await town.WaitForSelectorAsync("#campaign-title");
        var campaignUrl = town.Url;

        // Outside applicants live on the campaign (H3): nobody is added to the staff register first.
        await ApplyAsync(town, "招聘甲", IdNumber("32028219950505123"), socialWork: false);
        await ApplyAsync(town, "招聘乙", IdNumber("32028219960606124"), socialWork: true);
        Assert.Equal(Masking.MaskIdNumber(IdNumber("32028219960606124")), (await town.TextContentAsync("#unscored tr[data-applicant='招聘乙'] .masked"))?.Trim());

        // Equal totals under the default method: the social-work preference breaks the tie for 乙 (H4).
        foreach (var (name, exam, assessment) in new[] { ("招聘甲", "80", "80"), ("招聘乙", "80", "80") })
        {
            var row = town.Locator($"#unscored tr[data-applicant='{name}']");
            await row.Locator("input.exam").FillAsync(exam);
            await row.Locator("input.assessment").FillAsync(assessment);
            await row.Locator("button.save-score").ClickAsync();
            await town.WaitForSelectorAsync($"#ranking tr[data-applicant='{name}']");
        }

        Assert.Equal("招聘乙", await town.Locator("#ranking tbody tr").First.GetAttributeAsync("data-applicant"));
        Assert.True(await town.Locator("#ranking tr[data-applicant='招聘乙'] #next-in-line").IsVisibleAsync());
        await AssertNoSeriousAxeViolationAsync(town);

        // The town chooses the station for this hire among the campaign's vacancies (H5, B4).
        await town.ClickAsync("a#hire");
        Assert.Contains("招聘乙", await town.TextContentAsync("#next"), StringComparison.Ordinal);
        await AssertNoSeriousAxeViolationAsync(town);
        await town.SelectOptionAsync("#Input_StationId", new SelectOptionValue { Label = "宜兴市宜城街道城中社区事务工作站（空缺 1）" });
        await town.ClickAsync("button#hire");
        await town.WaitForSelectorAsync("#ranking tr[data-applicant='招聘乙'] .hired:has-text('城中社区')");
        await town.GotoAsync(campaignUrl);

        // The hire is now a person of the register, with a staff post and a channel-B contract at 城中.
        await town.ClickAsync("#ranking tr[data-applicant='招聘甲'] a.applicant-link");
        await AssertNoSeriousAxeViolationAsync(town);
        await town.GoBackAsync();
        await town.ClickAsync("#ranking tr[data-applicant='招聘乙'] a.applicant-link");
        await town.ClickAsync("#in-register a");
        await town.WaitForSelectorAsync("#person-name:has-text('招聘乙')");
        Assert.Contains("城中社区", await town.TextContentAsync("#posts"), StringComparison.Ordinal);
        Assert.Contains("渠道 B", await town.TextContentAsync("#contracts"), StringComparison.Ordinal);

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
