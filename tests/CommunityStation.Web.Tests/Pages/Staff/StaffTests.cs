namespace CommunityStation.Web.Tests.Pages.Staff;

public sealed class StaffTests(PortalFactory portal) : OwnPortalTests(portal)
{
    [Fact]
    public async Task P1_a_town_official_puts_a_person_on_a_workforce_side_and_a_missing_choice_is_refused()
    {
        var details = $"/Staff/People/Details/{DeterministicGuid.For("person:yicheng:城中社区:0")}";
        using var town = await SignInAsync("demo-town");
        var before = (await town.GetDocumentAsync(details)).QuerySelectorAll("#sides tr[data-side='RcMember']").Length;

        await town.SaveFormAsync(details, new Dictionary<string, string>
        {
            ["Input.CommunityId"] = Demo.Nanhong.ToString(),
            ["Input.Side"] = nameof(WorkforceSide.RcMember),
            ["Input.From"] = "2026-01-01",
        }, "#side-form");
        Assert.Equal(before + 1, (await town.GetDocumentAsync(details)).QuerySelectorAll("#sides tr[data-side='RcMember']").Length);

        var refused = await town.SubmitFormAsync(details, new Dictionary<string, string> { ["Input.From"] = string.Empty }, "#side-form");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("请选择社区、所在队伍和开始日期。", (await PortalClient.ParseAsync(refused)).QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
    }

    private async Task<Guid> StationAsync(string tenant, string community)
    {
        await using var db = Portal.CreateDbContext(DemoData.TenantId(tenant));
        await using var transaction = await db.Database.BeginTransactionAsync();
        var communityId = DemoData.CommunityId(tenant, community);
        return await db.Stations.Where(s => s.CommunityId == communityId).Select(s => s.Id).FirstAsync();
    }

    [Fact]
    public async Task H6_a_roster_never_filed_says_not_filed_then_current_once_acknowledged_and_out_of_date_only_after_a_change()
    {
        var station = await StationAsync("heqiao", "和桥社区");
        var town = await Portal.CreateUserAsync("town-heqiao", CommunityStation.Infrastructure.Identity.AppRoles.TownOfficial, "heqiao");
        using var official = await SignInAsync(town, PortalFactory.ProbePassword);
        var roster = $"/Staff/Stations/Roster/{station}";
        var neverFiled = await official.GetDocumentAsync(roster);
        Assert.Equal("未备案", neverFiled.QuerySelector("#filing-not-filed")?.TextContent);
        Assert.Null(neverFiled.QuerySelector("#filing-out-of-date"));
        var listed = (await official.GetDocumentAsync("/Staff/Stations")).QuerySelector("#station-rosters tr[data-station='宜兴市和桥镇和桥社区事务工作站'] .filing-state")!;
        Assert.Equal("未备案", listed.TextContent.Trim());
        Assert.DoesNotContain("过期", listed.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await official.SubmitFormAsync(roster, new Dictionary<string, string>(), "#file-form")).StatusCode);
        using var bureau = await SignInAsync("demo-bureau");
        var queue = await bureau.GetDocumentAsync("/Staff/Filings");
        var filingLink = queue.QuerySelector("#filings tr[data-station='宜兴市和桥镇和桥社区事务工作站'] a")!.GetAttribute("href")!;
        var filing = await bureau.GetDocumentAsync(filingLink);
        Assert.NotEmpty(filing.QuerySelectorAll("#diff .diff-added"));
        Assert.Equal(HttpStatusCode.Redirect, (await bureau.SubmitFormAsync(filingLink, new Dictionary<string, string>(), "#decide-form", filingLink + "?handler=Acknowledge")).StatusCode);
        Assert.Equal("Acknowledged", (await bureau.GetDocumentAsync(filingLink)).QuerySelector("#filing-status")!.GetAttribute("data-status"));

        Assert.NotNull((await official.GetDocumentAsync(roster)).QuerySelector("#filing-current"));

        // Change the roster: the filing is out of date until a new one is acknowledged.
        var page = await official.GetDocumentAsync(roster);
        var staffPost = page.QuerySelector("#roster tr[data-kind='Staff'] form[action*='handler=End']")!.GetAttribute("action")!;
        Assert.Equal(HttpStatusCode.Redirect, (await official.PostAsync(staffPost, new Dictionary<string, string>(), roster)).StatusCode);
        Assert.NotNull((await official.GetDocumentAsync(roster)).QuerySelector("#filing-out-of-date"));
    }

    [Fact]
    public async Task H6_the_bureau_returns_a_filing_with_reasons()
    {
        var station = await StationAsync("dingshu", "丁山社区");
        using var official = await SignInAsync("demo-town2");
        var roster = $"/Staff/Stations/Roster/{station}";
        await official.SubmitFormAsync(roster, new Dictionary<string, string>(), "#file-form");
        using var bureau = await SignInAsync("demo-bureau");
        var link = (await bureau.GetDocumentAsync("/Staff/Filings")).QuerySelector("#filings tr[data-station='宜兴市丁蜀镇丁山社区事务工作站'] a")!.GetAttribute("href")!;
        var empty = await bureau.SubmitFormAsync(link, new Dictionary<string, string> { ["Input.Reasons"] = "" }, "#decide-form", link + "?handler=Return");
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await bureau.SubmitFormAsync(link, new Dictionary<string, string> { ["Input.Reasons"] = "副站长合同未附" }, "#decide-form", link + "?handler=Return")).StatusCode);
        Assert.Equal("Returned", (await bureau.GetDocumentAsync(link)).QuerySelector("#filing-status")!.GetAttribute("data-status"));
    }

    [Fact]
    public async Task H1_H2_channel_a_warnings_need_a_reason_and_the_rc_term_caps_the_contract_in_the_users_language()
    {
        var person = DeterministicGuid.For("person:yicheng:城中社区:4"); // an RC member born in the 1970s, high school
        using var official = await SignInAsync("demo-town");
        await official.UseCultureAsync("en");
        var page = $"/Staff/Contracts/Create?person={person}&channel=A";
        var form = await official.GetDocumentAsync(page);
        Assert.Contains("(rule H1)", form.QuerySelector("#eligibility-warnings")!.TextContent, StringComparison.Ordinal);

        var noReason = await official.SubmitFormAsync(page, new Dictionary<string, string> { ["Input.End"] = "2099-12-31" }, "#contract-form");
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("H2", (await PortalClient.ParseAsync(noReason)).QuerySelector("#errors")!.TextContent, StringComparison.Ordinal);

        var signed = await official.SubmitFormAsync(page, new Dictionary<string, string> { ["Input.OverrideReason"] = "熟悉社区情况，群众基础好" }, "#contract-form");
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
    }

    [Fact]
    public async Task S4_appointing_a_part_time_deputy_is_refused_at_the_page()
    {
        var station = await StationAsync("yicheng", "南虹社区");
        using var official = await SignInAsync("demo-town");
        var appoint = $"/Staff/Stations/Appoint/{station}";
        var page = await official.GetDocumentAsync(appoint);
        var person = page.QuerySelector("#Input_PersonId option[value!='']")!.GetAttribute("value")!;
        var response = await official.SubmitFormAsync(appoint, new Dictionary<string, string> { ["Input.PersonId"] = person, ["Input.Kind"] = "Deputy", ["Input.FullTime"] = "false" }, "#post-form");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("S4", (await PortalClient.ParseAsync(response)).QuerySelector("#errors")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task S3_a_head_who_is_neither_secretary_nor_director_needs_a_reason_shown_at_its_field_and_audited()
    {
        var station = await StationAsync("dingshu", "丁山社区");
        string?[] officers;
        await using (var db = Portal.CreateDbContext(DemoData.TenantId("dingshu")))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var community = DemoData.CommunityId("dingshu", "丁山社区");
            officers = await db.Communities.Where(c => c.Id == community).Select(c => new[] { c.PartySecretaryName, c.RcDirectorName }).FirstAsync();
        }

        using var official = await SignInAsync("demo-town2");
        var appoint = $"/Staff/Stations/Appoint/{station}";
        var page = await official.GetDocumentAsync(appoint);
        var person = page.QuerySelectorAll("#Input_PersonId option[value!='']").First(o => !officers.Contains(o.TextContent.Trim())).GetAttribute("value")!;
        var fields = new Dictionary<string, string> { ["Input.PersonId"] = person, ["Input.Kind"] = "Head", ["Input.Duties"] = "D9" };

        var noReason = await official.SubmitFormAsync(appoint, fields, "#post-form");
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("S3", (await PortalClient.ParseAsync(noReason)).QuerySelector("span[data-valmsg-for='Input.Reason']")!.TextContent, StringComparison.Ordinal);

        fields["Input.Reason"] = "书记长期病假，由副书记主持工作";
        Assert.Equal(HttpStatusCode.Redirect, (await official.SubmitFormAsync(appoint, fields, "#post-form")).StatusCode);
        var roster = await official.GetDocumentAsync($"/Staff/Stations/Roster/{station}");
        Assert.Single(roster.QuerySelectorAll("#roster tr[data-kind='Head']"));
        await using var audit = Portal.CreateDbContext(null);
        Assert.True(await audit.AuditEntries.AnyAsync(a => a.Kind == "SoftRuleOverride" && a.UserName == "demo-town2" && a.Detail!.Contains("书记长期病假")));
    }

    [Fact]
    public async Task S5_the_town_changes_a_posts_duties_on_its_own_page()
    {
        var station = await StationAsync("yicheng", "城中社区");
        using var official = await SignInAsync("demo-town");
        var roster = $"/Staff/Stations/Roster/{station}";
        var link = (await official.GetDocumentAsync(roster)).QuerySelector("#roster tr[data-kind='Deputy'] a.post-link")!.GetAttribute("href")!;
        var saved = await official.SubmitFormAsync(link, new Dictionary<string, string> { ["Input.Duties"] = "D7" }, "#duties-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var deputy = (await official.GetDocumentAsync(roster)).QuerySelector("#roster tr[data-kind='Deputy']")!;
        Assert.NotNull(deputy.QuerySelector("[data-area='D7']"));
        Assert.Contains("环境卫生和环境保护", deputy.TextContent, StringComparison.Ordinal);

        var refused = await official.SubmitFormAsync(link, new Dictionary<string, string> { ["Input.Duties"] = "D11" }, "#duties-form");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("S5", (await PortalClient.ParseAsync(refused)).QuerySelector("span[data-valmsg-for='Input.Duties']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_head_sees_the_roster_but_cannot_open_its_action_pages()
    {
        await using var db = Portal.CreateDbContext(Demo.Yicheng);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var station = await db.Stations.Where(s => s.CommunityId == Demo.Chengzhong).Select(s => s.Id).FirstAsync();
        using var head = await SignInAsync("demo-head");
        var roster = await head.GetDocumentAsync($"/Staff/Stations/Roster/{station}");
        Assert.Null(roster.QuerySelector("#file-form"));
        Assert.Null(roster.QuerySelector("#roster a.deploy-link"));
        await Isolation.AssertDeniedAsync(Portal, "demo-head", $"/Staff/Stations/Appoint/{station}");
        await Isolation.AssertDeniedAsync(Portal, "demo-head", $"/Staff/Stations/File/{station}");
    }

    [Fact]
    public async Task A_list_longer_than_a_page_shows_the_total_and_links_to_the_next_page()
    {
        using var official = await SignInAsync("demo-town");
        var first = await official.GetDocumentAsync("/Staff/People?pageSize=10");
        var pager = first.QuerySelector(".pager")!;
        var total = int.Parse(pager.GetAttribute("data-total")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total > 10, $"the demo town has {total} people");
        Assert.Contains(total.ToString(System.Globalization.CultureInfo.InvariantCulture), pager.QuerySelector(".pager-total")!.TextContent, StringComparison.Ordinal);
        var firstIds = first.QuerySelectorAll("#people tbody tr a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(10, firstIds.Count);

        var next = pager.QuerySelector(".pager-next")!.GetAttribute("href")!;
        Assert.Contains("pageNumber=2", next, StringComparison.Ordinal);
        Assert.Contains("pageSize=10", next, StringComparison.Ordinal);
        var second = await official.GetDocumentAsync(next);
        Assert.Equal("2", second.QuerySelector(".pager")!.GetAttribute("data-page"));
        var secondIds = second.QuerySelectorAll("#people tbody tr a").Select(a => a.GetAttribute("href")).ToList();
        Assert.NotEmpty(secondIds);
        Assert.Empty(secondIds.Intersect(firstIds));
    }

    [Fact]
    public async Task Import_with_good_and_bad_rows_takes_nothing_and_names_each_bad_line()
    {
        using var official = await SignInAsync("demo-town");
        var page = await ImportAsync(official,
            "坏人乙,110105194912310021,13800002222,大专,二级,否,否,东虹社区,工作站人员,2024-01-01",
            "坏人丙,11010519491231002X,13800003333,博士后,二级,否,否,不存在社区,工作站人员,2024-13-01");
        var lines = page.QuerySelectorAll("#import-refused li[data-line]").Select(li => li.GetAttribute("data-line")).ToList();
        Assert.Equal(["3", "4"], lines);

        await using var db = Portal.CreateDbContext(Demo.Yicheng);
        await using var transaction = await db.Database.BeginTransactionAsync();
        Assert.False(await db.People.AnyAsync(p => p.Name == "好人甲"));
    }

    [Fact]
    public async Task P1_import_reports_every_fault_of_a_line_with_its_line_number_not_only_the_first()
    {
        using var official = await SignInAsync("demo-town");
        var page = await ImportAsync(official, ",11010519491231002X,12345,博士后,二级,否,否,不存在社区,志愿者,2024-13-01");
        var line = page.QuerySelector("#import-refused li[data-line='3']")!;
        var faults = line.QuerySelectorAll(".import-fault").Select(f => f.TextContent).ToList();
        Assert.Equal("7", line.GetAttribute("data-faults"));
        Assert.Equal(7, faults.Count);
        Assert.Contains(faults, f => f.Contains("姓名", StringComparison.Ordinal));
        Assert.Contains(faults, f => f.Contains("重复", StringComparison.Ordinal));
        Assert.Contains(faults, f => f.Contains("联系电话", StringComparison.Ordinal));
        Assert.Contains(faults, f => f.Contains("博士后", StringComparison.Ordinal));
        Assert.Contains(faults, f => f.Contains("不存在社区", StringComparison.Ordinal));
        Assert.Contains(faults, f => f.Contains("志愿者", StringComparison.Ordinal));
        Assert.Contains(faults, f => f.Contains("2024-13-01", StringComparison.Ordinal));
        Assert.Contains("第 3 行", line.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#import-refused li[data-line='2']"));
    }

    [Fact]
    public async Task Import_of_good_rows_takes_them_all()
    {
        using var official = await SignInAsync("demo-town");
        var first17 = "32028219900101123";
        var csv = "姓名,身份证号码,手机号码,学历,计算机,社会工作专业,社工证,社区,队伍,起始日期\n"
            + $"导入人员,{first17}{CommunityStation.Domain.Common.ChineseIdNumber.ComputeCheckCharacter(first17)},13800004444,本科,二级,是,否,东虹社区,居委会成员,2024-01-01\n";
        var page = await PortalClient.ParseAsync(await Upload(official, csv));
        Assert.Contains("1", page.QuerySelector("#import-taken")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_the_same_file_twice_changes_nothing_the_second_time_and_reports_the_rows_unchanged()
    {
        using var official = await SignInAsync("demo-town");
        string Id(string first17) => first17 + CommunityStation.Domain.Common.ChineseIdNumber.ComputeCheckCharacter(first17);
        var (one, two) = (Id("32028219850505101"), Id("32028219860606202"));
        string Csv(string phone) => "姓名,身份证号码,手机号码,学历,计算机,社会工作专业,社工证,社区,队伍,起始日期\n"
            + $"重导甲,{one},{phone},本科,二级,是,否,东虹社区,工作站人员,2024-01-01\n"
            + $"重导乙,{two},13800005556,大专,会,否,否,东虹社区,协管员,2024-02-01\n";

        var first = (await PortalClient.ParseAsync(await Upload(official, Csv("13800005555")))).QuerySelector("#import-taken")!;
        Assert.Equal(("2", "0", "0"), (first.GetAttribute("data-created"), first.GetAttribute("data-updated"), first.GetAttribute("data-unchanged")));
        var before = await AssignmentsOfAsync(one, two);

        var again = (await PortalClient.ParseAsync(await Upload(official, Csv("13800005555")))).QuerySelector("#import-taken")!;
        Assert.Equal(("0", "0", "2"), (again.GetAttribute("data-created"), again.GetAttribute("data-updated"), again.GetAttribute("data-unchanged")));
        Assert.Equal(before, await AssignmentsOfAsync(one, two));
        Assert.Equal(2, before.Count);

        // A corrected phone number updates the person, still without a second assignment.
        var corrected = (await PortalClient.ParseAsync(await Upload(official, Csv("13800005557")))).QuerySelector("#import-taken")!;
        Assert.Equal(("0", "1", "1"), (corrected.GetAttribute("data-created"), corrected.GetAttribute("data-updated"), corrected.GetAttribute("data-unchanged")));
        Assert.Equal(before, await AssignmentsOfAsync(one, two));
        await using var db = Portal.CreateDbContext(Demo.Yicheng);
        await using var transaction = await db.Database.BeginTransactionAsync();
        Assert.Equal("13800005557", await db.People.Where(p => p.IdNumber == one).Select(p => p.Phone).SingleAsync());
    }

    private async Task<List<Guid>> AssignmentsOfAsync(params string[] idNumbers)
    {
        await using var db = Portal.CreateDbContext(Demo.Yicheng);
        await using var transaction = await db.Database.BeginTransactionAsync();
        return await db.WorkforceAssignments.Where(a => db.People.Any(p => p.Id == a.PersonId && idNumbers.Contains(p.IdNumber)))
            .OrderBy(a => a.Id).Select(a => a.Id).ToListAsync();
    }

    [Fact]
    public async Task S1_the_ratio_page_shows_required_and_actual_for_each_community()
    {
        using var official = await SignInAsync("demo-town");
        var page = await official.GetDocumentAsync("/Staff/Ratio");
        var row = page.QuerySelector("#community-ratios tr[data-community='东虹社区']")!;
        Assert.Equal("16", row.QuerySelector(".required")!.TextContent.Trim()); // ceil(3120 / 200)
        Assert.NotNull(page.QuerySelector("#town-ratios"));
        using var bureau = await SignInAsync("demo-bureau");
        Assert.NotNull((await bureau.GetDocumentAsync("/Staff/Ratio")).QuerySelector("#city-ratio"));
        Assert.NotNull((await bureau.GetDocumentAsync("/")).QuerySelector("#shortfall-count"));
    }

    [Fact]
    public async Task Viewing_a_persons_whole_id_number_is_logged_and_lists_are_masked()
    {
        using var official = await SignInAsync("demo-town");
        var list = await official.GetDocumentAsync("/Staff/People");
        Assert.DoesNotMatch(@"\d{17}[\dX]", list.QuerySelector("#people")!.TextContent);
        var details = list.QuerySelector("#people tbody a")!.GetAttribute("href")!;
        await official.GetDocumentAsync(details + "?reveal=true");
        await using var db = Portal.CreateDbContext(null);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Kind == "PersonalDataViewed" && a.Entity == "Person" && a.UserName == "demo-town"));
    }

    /// <summary>The import's answer to the template's header, a good line (line 2) and <paramref name="lines"/> (line 3 on).</summary>
    private static async Task<IDocument> ImportAsync(PortalClient client, params string[] lines) =>
        await PortalClient.ParseAsync(await Upload(client, string.Join("\n", [
            "姓名,身份证号码,手机号码,学历,计算机,社会工作专业,社工证,社区,队伍,起始日期",
            "好人甲,11010519491231002X,13800001111,大专,二级,否,否,东虹社区,工作站人员,2024-01-01",
            .. lines])));

    private static async Task<HttpResponseMessage> Upload(PortalClient client, string csv) =>
        await client.UploadAsync("/Staff/Import", "#import-form", "staff.csv", Encoding.UTF8.GetBytes(csv), "text/csv");
}
