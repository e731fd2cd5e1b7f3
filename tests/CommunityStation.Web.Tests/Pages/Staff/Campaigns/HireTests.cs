using System.Text.RegularExpressions;

namespace CommunityStation.Web.Tests.Pages.Staff.Campaigns;

/// <summary>
/// Issue 11 item 7 on a fake clock: applicants live on the campaign (H3) and become people only when hired; hiring waits
/// for the day after the closing date (H3) and for every applicant's scores (H4), and places the next in line at the
/// station the town chooses among the campaign's vacancies (H5, B4); a withdrawal makes way for the next in line.
/// Each test opens its campaign on 1 October 2026, closing 30 November.
/// </summary>
public sealed partial class HireTests : IClassFixture<ClockedPortalFactory>
{
    private const string Closing = "2026-11-30";
    private readonly ClockedPortalFactory _portal;

    public HireTests(ClockedPortalFactory portal)
    {
        _portal = portal;
    }

    [GeneratedRegex(@"规则 H\d")]
    private static partial Regex RuleCode();

    /// <summary>
    /// The town official signed in at a Beijing time: the clock moves months between steps, so each step signs in
    /// afresh rather than carry a cookie across the jump.
    /// </summary>
    private async Task<PortalClient> TownAtAsync(int month, int day, int hour = 9, int minute = 0)
    {
        _portal.SetBeijing(2026, month, day, hour, minute);
        return await PortalClient.SignedInAsync(_portal, "demo-town");
    }

    /// <summary>A campaign of 城中社区 (2 posts) and 南虹社区 (1 post), opened on 1 October 2026.</summary>
    private static Task<Guid> OpenAsync(PortalClient town, string title) =>
        CampaignSteps.OpenAsync(town, title, closing: Closing, vacancies: new Dictionary<string, int> { ["城中社区"] = 2, ["南虹社区"] = 1 });

    /// <summary>Opens a campaign on 1 October and registers the applicants, scoring those given a score (exam and assessment alike).</summary>
    private async Task<Guid> CampaignWithAsync(string title, params (string Name, string? Score)[] applicants)
    {
        using var town = await TownAtAsync(10, 1);
        var campaign = await OpenAsync(town, title);
        foreach (var (name, _) in applicants)
        {
            await CampaignSteps.ApplyAsync(town, campaign, name);
        }

        foreach (var (name, score) in applicants.Where(a => a.Score is not null))
        {
            await CampaignSteps.ScoreAsync(town, campaign, name, score!, score!);
        }

        return campaign;
    }

    private static string Hire(Guid campaign) => $"/Staff/Campaigns/Hire/{campaign}";

    /// <summary>The page re-rendered (not redirected) with its refusal in the page's error box.</summary>
    private static async Task<IDocument> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.NotEmpty(page.QuerySelector("#errors")!.TextContent.Trim());
        return page;
    }

    private async Task<Guid> StationAsync(Guid community) =>
        await QueryAsync(db => db.Stations.Where(s => s.CommunityId == community).Select(s => s.Id).SingleAsync());

    private async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var db = _portal.CreateDbContext(Demo.Yicheng);
        await using var transaction = await db.Database.BeginTransactionAsync();
        return await query(db);
    }

    [Fact]
    public async Task H3_outside_applicants_live_on_the_campaign_and_become_people_with_a_post_and_a_contract_at_the_chosen_station_when_hired()
    {
        var campaign = await CampaignWithAsync("外来报名招聘", ("外来甲", "90"), ("外来乙", "80"));
        var applicants = await QueryAsync(db => db.CampaignApplicants.Where(a => a.CampaignId == campaign).OrderBy(a => a.Name).ToListAsync());
        var ids = applicants.Select(a => a.IdNumber).ToList();
        Assert.All(applicants, a => Assert.Null(a.PersonId));
        Assert.False(await QueryAsync(db => db.People.AnyAsync(p => ids.Contains(p.IdNumber))));
        using var december = await TownAtAsync(12, 1, 9, 0);

        // The town places the winner at 南虹社区, not the first station of the campaign.
        var nanhong = await StationAsync(Demo.Nanhong);
        var form = await december.GetDocumentAsync(Hire(campaign));
        Assert.Contains("外来甲", form.QuerySelector("#next")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, form.QuerySelectorAll("#Input_StationId option:not([value=''])").Length);
        Assert.Equal(HttpStatusCode.Redirect, (await december.SubmitFormAsync(Hire(campaign), new Dictionary<string, string> { ["Input.StationId"] = nanhong.ToString() }, "#hire-form")).StatusCode);

        var winner = applicants.Single(a => a.Name == "外来甲");
        var person = await QueryAsync(db => db.People.SingleAsync(p => p.IdNumber == winner.IdNumber));
        Assert.Equal(("外来甲", "13800000000", Education.Bachelor), (person.Name, person.Phone, person.Education));
        Assert.Equal(person.Id, await QueryAsync(db => db.CampaignApplicants.Where(a => a.Id == winner.Id).Select(a => a.PersonId).SingleAsync()));
        var post = await QueryAsync(db => db.StationPosts.SingleAsync(p => p.PersonId == person.Id));
        Assert.Equal((nanhong, PostKind.Staff, true, new DateOnly(2026, 12, 1)), (post.StationId, post.Kind, post.FullTime, post.From));
        var contract = await QueryAsync(db => db.Contracts.SingleAsync(c => c.PersonId == person.Id));
        Assert.Equal((nanhong, HiringChannel.B), (contract.StationId, contract.Channel));
        Assert.True(await QueryAsync(db => db.WorkforceAssignments.AnyAsync(w => w.PersonId == person.Id && w.CommunityId == Demo.Nanhong && w.Side == WorkforceSide.StationStaff)));

        // 南虹's one post is filled: the next hire can only go to 城中; the loser stays off the register.
        var next = await december.GetDocumentAsync(Hire(campaign));
        Assert.Contains("外来乙", next.QuerySelector("#next")!.TextContent, StringComparison.Ordinal);
        Assert.Single(next.QuerySelectorAll("#Input_StationId option:not([value=''])"));
        var refused = await december.SubmitFormAsync(Hire(campaign), new Dictionary<string, string> { ["Input.StationId"] = nanhong.ToString() }, "#hire-form");
        await Refused.ByRuleAtFieldAsync(refused, "B4", "Input.StationId");
        var loser = applicants.Single(a => a.Name == "外来乙").IdNumber;
        Assert.False(await QueryAsync(db => db.People.AnyAsync(p => p.IdNumber == loser)));
    }

    [Fact]
    public async Task H3_hiring_before_the_day_after_the_closing_date_is_refused_saying_so_and_naming_H3_once()
    {
        var campaign = await CampaignWithAsync("未截止招聘", ("早录甲", "90"));

        foreach (var (month, day) in new[] { (11, 20), (11, 30) })
        {
            using var november = await TownAtAsync(month, day, 16, 0);
            var page = await november.GetDocumentAsync(Hire(campaign));
            Assert.NotNull(page.QuerySelector("#waits-for-closing"));
            var refused = await ErrorsAsync(await november.SubmitFormAsync(Hire(campaign), new Dictionary<string, string>(), "#hire-form"));
            var message = refused.QuerySelector("#errors")!.TextContent;
            Assert.Contains("2026-11-30", message, StringComparison.Ordinal);
            Assert.Single(RuleCode().Matches(message));
        }

        Assert.False(await QueryAsync(db => db.CampaignApplicants.AnyAsync(a => a.CampaignId == campaign && a.HiredAtStation != null)));
        using var december = await TownAtAsync(12, 1, 0, 1);
        Assert.Equal(HttpStatusCode.Redirect, (await december.SubmitFormAsync(Hire(campaign), new Dictionary<string, string>(), "#hire-form")).StatusCode);
    }

    [Fact]
    public async Task H4_hiring_waits_for_every_applicants_scores_and_names_whose_are_missing()
    {
        var campaign = await CampaignWithAsync("缺成绩招聘", ("有分甲", "90"), ("缺分乙", null));
        using var december = await TownAtAsync(12, 2, 9, 0);

        Assert.Contains("缺分乙", (await december.GetDocumentAsync(Hire(campaign))).QuerySelector("#waits-for-scores")!.TextContent, StringComparison.Ordinal);
        var refused = await ErrorsAsync(await december.SubmitFormAsync(Hire(campaign), new Dictionary<string, string>(), "#hire-form"));
        var message = refused.QuerySelector("#errors")!.TextContent;
        Assert.Contains("缺分乙", message, StringComparison.Ordinal);
        Assert.DoesNotContain("有分甲", message, StringComparison.Ordinal);
        Assert.Equal(["规则 H4"], RuleCode().Matches(message).Select(m => m.Value));
    }

    [Fact]
    public async Task H5_a_station_outside_the_campaign_is_refused_next_to_the_station_field()
    {
        var campaign = await CampaignWithAsync("站点校验招聘", ("站点甲", "90"));
        using var december = await TownAtAsync(12, 1, 9, 0);

        var outside = await QueryAsync(db => db.Stations.Where(s => s.CommunityId != Demo.Chengzhong && s.CommunityId != Demo.Nanhong).Select(s => s.Id).FirstOrDefaultAsync());
        var response = await december.SubmitFormAsync(Hire(campaign), new Dictionary<string, string> { ["Input.StationId"] = (outside == Guid.Empty ? Guid.NewGuid() : outside).ToString() }, "#hire-form");
        await Refused.ByRuleAtFieldAsync(response, "H5", "Input.StationId");
        var none = await december.SubmitFormAsync(Hire(campaign), new Dictionary<string, string> { ["Input.StationId"] = string.Empty }, "#hire-form");
        await Refused.AtFieldAsync(none, "Input.StationId");
    }

    [Fact]
    public async Task H4_a_withdrawal_needs_a_reason_is_audited_and_the_next_in_line_is_hired_into_that_vacancy()
    {
        var campaign = await CampaignWithAsync("放弃递补招聘", ("放弃甲", "95"), ("递补乙", "70"));
        using var december = await TownAtAsync(12, 1, 9, 0);
        var first = await QueryAsync(db => db.CampaignApplicants.Where(a => a.CampaignId == campaign && a.Name == "放弃甲").Select(a => a.Id).SingleAsync());
        var applicantPage = $"/Staff/Campaigns/Applicant/{first}";

        await Refused.ByRuleAtFieldAsync(await december.SubmitFormAsync(applicantPage, new Dictionary<string, string> { ["Input.Reason"] = " " }, "#withdraw-form"), "H4", "Input.Reason");
        Assert.Equal(HttpStatusCode.Redirect, (await december.SubmitFormAsync(applicantPage, new Dictionary<string, string> { ["Input.Reason"] = "拟录用时放弃（已考取公务员）" }, "#withdraw-form")).StatusCode);

        var details = await december.GetDocumentAsync($"/Staff/Campaigns/Details/{campaign}");
        Assert.Contains("拟录用时放弃（已考取公务员）", details.QuerySelector("#withdrawn")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["递补乙"], details.QuerySelectorAll("#ranking tbody tr").Select(r => r.GetAttribute("data-applicant")));
        Assert.Null((await december.GetDocumentAsync(applicantPage)).QuerySelector("#withdraw-form"));
        await using (var db = _portal.CreateDbContext(null))
        {
            var audited = await db.AuditEntries.Where(a => a.Kind == "Updated" && a.Entity == "CampaignApplicant" && a.EntityKey == first.ToString() && a.UserName == "demo-town").ToListAsync();
            Assert.Contains(audited, a => a.After!.Contains("拟录用时放弃", StringComparison.Ordinal));
        }

        var chengzhong = await StationAsync(Demo.Chengzhong);
        Assert.Contains("递补乙", (await december.GetDocumentAsync(Hire(campaign))).QuerySelector("#next")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await december.SubmitFormAsync(Hire(campaign), new Dictionary<string, string> { ["Input.StationId"] = chengzhong.ToString() }, "#hire-form")).StatusCode);
        Assert.True(await QueryAsync(db => db.CampaignApplicants.AnyAsync(a => a.CampaignId == campaign && a.Name == "递补乙" && a.HiredAtStation == chengzhong)));
        Assert.False(await QueryAsync(db => db.CampaignApplicants.AnyAsync(a => a.Id == first && a.HiredAtStation != null)));
    }

    [Fact]
    public async Task H3_an_applicant_over_35_or_below_computer_level_2_is_refused_next_to_the_field_naming_H3_once()
    {
        using var town = await TownAtAsync(10, 1);
        var campaign = await OpenAsync(town, "条件校验招聘");
        var apply = $"/Staff/Campaigns/Apply/{campaign}";

        var old = await town.SubmitFormAsync(apply, CampaignSteps.Applicant("年长者", new DateOnly(1990, 11, 30)), "#applicant-form");
        var page = await Refused.ByRuleAtFieldAsync(old, "H3", "Input.IdNumber");
        Assert.Single(RuleCode().Matches(page.QuerySelector("span[data-valmsg-for='Input.IdNumber']")!.TextContent));
        Assert.Equal("年长者", page.QuerySelector("#Input_Name")!.GetAttribute("value"));

        var basic = CampaignSteps.Applicant("电脑初级");
        basic["Input.Computer"] = "Basic";
        await Refused.ByRuleAtFieldAsync(await town.SubmitFormAsync(apply, basic, "#applicant-form"), "H3", "Input.Computer");

        var good = CampaignSteps.IdNumber(new DateOnly(1996, 1, 1), 555);
        var bad = CampaignSteps.Applicant("号码错", idNumber: good[..17] + (good[17] == '0' ? '1' : '0'));
        await Refused.AtFieldAsync(await town.SubmitFormAsync(apply, bad, "#applicant-form"), "Input.IdNumber");
        Assert.False(await QueryAsync(db => db.CampaignApplicants.AnyAsync(a => a.CampaignId == campaign)));

        // The same person twice: refused next to the ID number.
        var once = CampaignSteps.Applicant("只报一次");
        await town.SaveFormAsync(apply, once, "#applicant-form");
        await Refused.AtFieldAsync(await town.SubmitFormAsync(apply, once, "#applicant-form"), "Input.IdNumber");
    }

    [Fact]
    public async Task H3_an_applicant_already_in_the_register_is_linked_by_the_id_number_and_hired_as_that_person()
    {
        using var town = await TownAtAsync(10, 1);
        var campaign = await OpenAsync(town, "名册人员招聘");
        var idNumber = CampaignSteps.IdNumber(new DateOnly(1995, 5, 5), 777);
        var person = new Person(Demo.Yicheng, Guid.CreateVersion7(), "名册丙", idNumber, "13900000000", Education.Bachelor, ComputerSkill.Level2, false, false);
        await using (var db = _portal.CreateDbContext(Demo.Yicheng))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.People.Add(person);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        var apply = $"/Staff/Campaigns/Apply/{campaign}";
        await Refused.AtFieldAsync(await town.SubmitFormAsync(apply, CampaignSteps.Applicant("别的名字", idNumber: idNumber), "#applicant-form"), "Input.Name");
        await town.SaveFormAsync(apply, CampaignSteps.Applicant("名册丙", idNumber: idNumber), "#applicant-form");
        Assert.Equal(person.Id, await QueryAsync(db => db.CampaignApplicants.Where(a => a.CampaignId == campaign).Select(a => a.PersonId).SingleAsync()));
        Assert.NotNull((await town.GetDocumentAsync($"/Staff/Campaigns/Details/{campaign}")).QuerySelector("#unscored tr[data-applicant='名册丙'] .badge.bg-secondary"));

        await CampaignSteps.ScoreAsync(town, campaign, "名册丙", "88", "88");
        using var december = await TownAtAsync(12, 1, 9, 0);
        await december.SaveFormAsync(Hire(campaign), new Dictionary<string, string>(), "#hire-form");
        Assert.Equal(1, await QueryAsync(db => db.People.CountAsync(p => p.IdNumber == idNumber)));
        Assert.True(await QueryAsync(db => db.Contracts.AnyAsync(c => c.PersonId == person.Id && c.Channel == HiringChannel.B)));
    }

    [Fact]
    public async Task P1_applicants_id_numbers_and_phones_are_masked_in_lists_and_shown_whole_only_on_request_each_view_logged()
    {
        using var town = await TownAtAsync(10, 1);
        var campaign = await OpenAsync(town, "个人信息招聘");
        var fields = CampaignSteps.Applicant("隐私丁");
        var idNumber = fields["Input.IdNumber"];
        await town.SaveFormAsync($"/Staff/Campaigns/Apply/{campaign}", fields, "#applicant-form");
        var applicant = await QueryAsync(db => db.CampaignApplicants.Where(a => a.CampaignId == campaign).Select(a => a.Id).SingleAsync());

        var details = await town.GetDocumentAsync($"/Staff/Campaigns/Details/{campaign}");
        Assert.DoesNotContain(idNumber, details.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Masking.MaskIdNumber(idNumber), details.QuerySelector("#unscored tr[data-applicant='隐私丁'] .masked")!.TextContent.Trim());
        var page = await town.GetDocumentAsync($"/Staff/Campaigns/Applicant/{applicant}");
        Assert.DoesNotContain(idNumber, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("13800000000", page.Body!.TextContent, StringComparison.Ordinal);

        var revealed = await town.GetDocumentAsync($"/Staff/Campaigns/Applicant/{applicant}?reveal=true");
        Assert.Equal(idNumber, revealed.QuerySelector("#applicant-id")!.TextContent.Trim());
        Assert.Equal("13800000000", revealed.QuerySelector("#applicant-phone")!.TextContent.Trim());
        await using var db = _portal.CreateDbContext(null);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Kind == "PersonalDataViewed" && a.Entity == "CampaignApplicant" && a.EntityKey == applicant.ToString() && a.UserName == "demo-town"));
    }
}
