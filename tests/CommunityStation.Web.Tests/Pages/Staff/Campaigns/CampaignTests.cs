using CommunityStation.Web.Pages.Staff;

namespace CommunityStation.Web.Tests.Pages.Staff.Campaigns;

/// <summary>H4: each campaign records its ranking method; B4: its unfilled posts stay reserved until filled or cancelled.</summary>
public sealed class CampaignTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _portal;

    public CampaignTests(PortalFactory portal)
    {
        _portal = portal;
    }

    private static Task<Guid> OpenAsync(PortalClient town, string title, IDictionary<string, string>? method = null, string closing = "2026-12-31", int vacancies = 1) =>
        CampaignSteps.OpenAsync(town, title, method, closing, new Dictionary<string, int> { ["城中社区"] = vacancies });

    private static Task ApplyAsync(PortalClient town, Guid campaign, string name) => CampaignSteps.ApplyAsync(town, campaign, name);

    [Fact]
    public async Task H4_the_creation_form_is_pre_filled_from_the_dated_settings_and_the_campaign_keeps_the_method_the_town_chose()
    {
        using var town = await PortalClient.SignedInAsync(_portal, "demo-town");
        var form = await town.GetDocumentAsync("/Staff/Campaigns");
        Assert.Equal("50", form.QuerySelector("#Input_ExamWeight")!.GetAttribute("value"));
        Assert.Equal("50", form.QuerySelector("#Input_AssessmentWeight")!.GetAttribute("value"));
        Assert.Equal("100", form.QuerySelector("#Input_MaxScore")!.GetAttribute("value"));
        Assert.NotNull(form.QuerySelector("#preference-tiebreak[checked]"));
        Assert.Null(form.QuerySelector("#preference-bonus[checked]"));

        // The bureau changes the default through the dated settings page; new campaigns are pre-filled with it.
        using var bureau = await PortalClient.SignedInAsync(_portal, "demo-bureau");
        var changed = await bureau.SubmitFormAsync($"/Settings/Policy/Edit?key={PolicySettingKeys.ExamWeight}", new Dictionary<string, string>
        {
            ["Input.Value"] = "0.7",
            ["Input.EffectiveFrom"] = "2008-09-23",
        }, "form#policy-edit-form");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        form = await town.GetDocumentAsync("/Staff/Campaigns");
        Assert.Equal("70", form.QuerySelector("#Input_ExamWeight")!.GetAttribute("value"));
        Assert.Equal("30", form.QuerySelector("#Input_AssessmentWeight")!.GetAttribute("value"));

        // The town keeps the default for one campaign and chooses its own method for another.
        var byDefault = await OpenAsync(town, "默认办法招聘");
        var own = await OpenAsync(town, "自定办法招聘", new Dictionary<string, string>
        {
            ["Input.ExamWeight"] = "40",
            ["Input.AssessmentWeight"] = "60",
            ["Input.MaxScore"] = "150",
            ["Input.Preference"] = "BonusPoints",
            ["Input.BonusPoints"] = "3",
        });

        Assert.Equal("排名办法（规则 H4）：考试 70% + 考核 30%，满分 100 分；社会工作资格：同分优先",
            (await town.GetDocumentAsync($"/Staff/Campaigns/Details/{byDefault}")).QuerySelector("#method")!.TextContent.Trim());
        Assert.Equal("排名办法（规则 H4）：考试 40% + 考核 60%，满分 150 分；社会工作资格：加 3 分",
            (await town.GetDocumentAsync($"/Staff/Campaigns/Details/{own}")).QuerySelector("#method")!.TextContent.Trim());

        // A later change of the setting does not touch a campaign already opened.
        await bureau.SubmitFormAsync($"/Settings/Policy/Edit?key={PolicySettingKeys.ExamWeight}", new Dictionary<string, string>
        {
            ["Input.Value"] = "0.5",
            ["Input.EffectiveFrom"] = "2008-09-23",
        }, "form#policy-edit-form");
        Assert.Contains("考试 70% + 考核 30%", (await town.GetDocumentAsync($"/Staff/Campaigns/Details/{byDefault}")).QuerySelector("#method")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_campaign_list_finds_by_title_and_state_walks_its_pages_and_exports_the_rows_of_the_filter()
    {
        using var town = await PortalClient.SignedInAsync(_portal, "demo-town");
        foreach (var n in new[] { "一", "二", "三" })
        {
            await OpenAsync(town, $"列表翻页招聘{n}");
        }

        var csv = await ListPages.AssertWalksAndExportsAsync(town, "/Staff/Campaigns?search=" + Uri.EscapeDataString("列表翻页招聘") + "&state=open", "#campaigns tbody tr", tr => tr.GetAttribute("data-campaign"), pageSize: 2);
        Assert.Equal(["列表翻页招聘一", "列表翻页招聘三", "列表翻页招聘二"], csv.Skip(1).Select(l => l[0]).Order(StringComparer.Ordinal));
        Assert.All(csv.Skip(1), l => Assert.Equal("报名中", l[4]));
        Assert.Equal(0, ListPages.Total(await town.GetDocumentAsync("/Staff/Campaigns?search=" + Uri.EscapeDataString("列表翻页招聘") + "&state=cancelled")));
    }

    [Fact]
    public async Task H4_weights_that_do_not_add_up_to_100_percent_are_a_field_error()
    {
        using var town = await PortalClient.SignedInAsync(_portal, "demo-town");
        var page = await town.GetDocumentAsync("/Staff/Campaigns");
        var response = await town.SubmitFormAsync("/Staff/Campaigns", new Dictionary<string, string>
        {
            ["Input.Title"] = "权重错误招聘",
            ["Input.ClosingDate"] = "2026-12-31",
            [page.QuerySelector("input.vacancy")!.GetAttribute("name")!] = "1",
            ["Input.ExamWeight"] = "60",
            ["Input.AssessmentWeight"] = "50",
        }, "#campaign-form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = (await PortalClient.ParseAsync(response)).QuerySelector("[data-valmsg-for='Input.AssessmentWeight']")!.TextContent;
        Assert.Contains("100%", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task H4_score_entry_refuses_a_score_above_the_campaign_scale_with_a_field_error()
    {
        using var town = await PortalClient.SignedInAsync(_portal, "demo-town");
        // Its own weights (50/50), so the total does not depend on the dated setting another test may change.
        var id = await OpenAsync(town, "满分校验招聘", new Dictionary<string, string> { ["Input.MaxScore"] = "80", ["Input.ExamWeight"] = "50", ["Input.AssessmentWeight"] = "50" });
        var details = $"/Staff/Campaigns/Details/{id}";
        await ApplyAsync(town, id, "满分校验");
        var applicant = (await town.GetDocumentAsync(details)).QuerySelector("#unscored form, form[id^='score-']")!.GetAttribute("id")!["score-".Length..];
        var score = $"{details}?handler=Score&applicantId={applicant}";

        var refused = await town.PostAsync(score, new Dictionary<string, string> { ["Input.Exam"] = "81", ["Input.Assessment"] = "70" }, details);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("80", (await PortalClient.ParseAsync(refused)).QuerySelector("#exam-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("80", (await town.GetDocumentAsync(details)).QuerySelector("#unscored input.exam")!.GetAttribute("max"));

        Assert.Equal(HttpStatusCode.Redirect, (await town.PostAsync(score, new Dictionary<string, string> { ["Input.Exam"] = "80", ["Input.Assessment"] = "70" }, details)).StatusCode);
        Assert.Equal("75.00", (await town.GetDocumentAsync(details)).QuerySelector("#ranking tbody tr .total")!.TextContent.Trim());
    }

    [Fact]
    public async Task H4_a_pass_fail_campaign_asks_pass_or_fail_and_says_so()
    {
        using var town = await PortalClient.SignedInAsync(_portal, "demo-town");
        var id = await OpenAsync(town, "合格制招聘", new Dictionary<string, string> { ["Input.Assessment"] = "PassFail" });
        var details = $"/Staff/Campaigns/Details/{id}";
        var page = await town.GetDocumentAsync(details);
        Assert.Contains("考核只作合格与否，合格者按考试成绩排名", page.QuerySelector("#method")!.TextContent, StringComparison.Ordinal);
        await ApplyAsync(town, id, "合格制");
        page = await town.GetDocumentAsync(details);
        Assert.NotNull(page.QuerySelector("#unscored select.passed"));
        var applicant = page.QuerySelector("form[id^='score-']")!.GetAttribute("id")!["score-".Length..];

        await town.PostAsync($"{details}?handler=Score&applicantId={applicant}", new Dictionary<string, string> { ["Input.Exam"] = "88", ["Input.Passed"] = "true" }, details);
        Assert.Equal("88.00", (await town.GetDocumentAsync(details)).QuerySelector("#ranking tbody tr .total")!.TextContent.Trim());
    }

    [Fact]
    public async Task B4_reserved_posts_stay_until_filled_or_cancelled()
    {
        using var town = await PortalClient.SignedInAsync(_portal, "demo-town");
        var id = await OpenAsync(town, "已截止未录用招聘", closing: "2020-01-31", vacancies: 2);

        // Long after the closing date, with nobody hired, both posts are still reserved.
        Assert.Equal(2, await ReservedAsync(id));

        var cancel = $"/Staff/Campaigns/Cancel/{id}";
        var noReason = await town.SubmitFormAsync(cancel, new Dictionary<string, string> { ["Input.Reason"] = " " }, "#cancel-form");
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.NotEmpty((await PortalClient.ParseAsync(noReason)).QuerySelector("[data-valmsg-for='Input.Reason']")!.TextContent);
        Assert.Equal(2, await ReservedAsync(id));

        Assert.Equal(HttpStatusCode.Redirect, (await town.SubmitFormAsync(cancel, new Dictionary<string, string> { ["Input.Reason"] = "岗位调整，本年度不再招聘" }, "#cancel-form")).StatusCode);
        var details = await town.GetDocumentAsync($"/Staff/Campaigns/Details/{id}");
        Assert.NotNull(details.QuerySelector("#cancelled"));
        Assert.Null(details.QuerySelector("#hire-form"));
        Assert.Equal(0, await ReservedAsync(id));

        await using var db = _portal.CreateDbContext(null);
        var audited = await db.AuditEntries.Where(a => a.Kind == "Updated" && a.Entity == "RecruitmentCampaign" && a.UserName == "demo-town" && a.EntityKey == id.ToString()).ToListAsync();
        Assert.Contains(audited, a => a.After!.Contains("CancellationReason", StringComparison.Ordinal));
    }

    /// <summary>B4 as the ratio page computes it, for the campaign's community.</summary>
    private async Task<int> ReservedAsync(Guid campaignId)
    {
        await using var db = _portal.CreateDbContext(Demo.Yicheng);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var campaign = await db.RecruitmentCampaigns.SingleAsync(c => c.Id == campaignId);
        var station = campaign.VacancyCounts.Keys.Single();
        var community = await db.Stations.Where(s => s.Id == station).Select(s => s.CommunityId).SingleAsync();
        var name = await db.Communities.Where(c => c.Id == community).Select(c => c.Name).SingleAsync();
        var today = CommunityStation.Domain.Common.ChinaDate.Of(DateTimeOffset.UtcNow);
        var others = (await db.RecruitmentCampaigns.Where(c => c.Id != campaignId).ToListAsync())
            .Sum(c => c.ReservedOn(today, []).GetValueOrDefault(station));
        var (rows, _, _, _) = await RatioModel.ComputeAsync(db, today);
        return rows.Single(r => r.Community == name).Ratio.ReservedVacancies - others;
    }
}
