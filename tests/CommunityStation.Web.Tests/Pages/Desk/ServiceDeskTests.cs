namespace CommunityStation.Web.Tests.Pages.Desk;

public sealed class ServiceDeskTests(PortalFactory portal) : OwnPortalTests(portal)
{
    [Fact]
    public async Task P2_intake_gives_a_numbered_receipt_with_a_promised_date_and_a_rating_qr_code()
    {
        using var desk = await SignInAsync("demo-desk");
        var (_, receipt) = await DeskSteps.IntakeAsync(desk);
        Assert.Matches(new Regex(@"^YI\d{2}-\d{4}-\d{6}$"), receipt.QuerySelector("#case-number")!.TextContent.Trim());
        Assert.NotEmpty(receipt.QuerySelector("#promised-by")!.TextContent.Trim());
        Assert.NotNull(receipt.QuerySelector("#status-qr svg"));
        Assert.Contains("/r/yicheng/", receipt.QuerySelector("#rating-link")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_intakes_get_unique_gap_free_numbers()
    {
        var clients = new List<PortalClient>();
        for (var i = 0; i < 6; i++)
        {
            clients.Add(await SignInAsync("demo-desk"));
        }

        var receipts = await Task.WhenAll(clients.Select((c, i) => DeskSteps.IntakeAsync(c, $"并发居民{i}", null)));
        var numbers = receipts.Select(r => r.Receipt.QuerySelector("#case-number")!.TextContent.Trim()).ToList();
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        clients.ForEach(c => c.Dispose());

        await using var db = Portal.CreateDbContext(Demo.Yicheng);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var sequences = await db.ServiceCases.Where(c => c.StationId == db.Stations.Where(s => s.CommunityId == Demo.Chengzhong).Select(s => s.Id).First())
            .Select(c => c.Sequence).OrderBy(s => s).ToListAsync();
        Assert.Equal(Enumerable.Range(1, sequences.Count), sequences);
    }

    [Fact]
    public async Task Two_staff_completing_the_same_case_at_once_get_one_completion_and_one_message()
    {
        var head = await Task.FromResult("demo-head");
        using var a = await SignInAsync("demo-desk");
        using var b = await SignInAsync(head);
        var (details, _) = await DeskSteps.IntakeAsync(a, "李奶奶", null);
        await Concurrent.AssertOneWinsAsync(a, b, details, "#work-form", new Dictionary<string, string> { ["Input.Result"] = "已办结" }, "#complete");

        var id = Guid.Parse(details.Split('/')[^1]);
        Assert.Equal(1, await QueryAsync(Demo.Yicheng, db => db.CaseSteps.CountAsync(s => s.CaseId == id && s.Action == CaseAction.Completed)));
    }

    [Fact]
    public async Task Refer_to_the_rc_take_back_complete_and_the_resident_rates_once_through_the_link()
    {
        using var desk = await SignInAsync("demo-desk");
        var (details, receipt) = await DeskSteps.IntakeAsync(desk, "赵阿姨", null);
        var link = new Uri(receipt.QuerySelector("#rating-link")!.GetAttribute("href")!).PathAndQuery;

        // Not rateable while open.
        using var resident = new PortalClient(Portal);
        Assert.NotNull((await resident.GetDocumentAsync(link)).QuerySelector("#problem"));

        Assert.Equal(HttpStatusCode.Redirect, (await DeskSteps.ActAsync(desk, details, "Refer", new() { ["Input.Target"] = "ResidentsCommittee", ["Input.Note"] = "属居民自治事项" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await DeskSteps.ActAsync(desk, details, "TakeBack", new() { ["Input.Note"] = "居委会已答复" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await DeskSteps.ActAsync(desk, details, "Complete", new() { ["Input.Result"] = "已答复居民" })).StatusCode);

        var rated = await resident.SubmitFormAsync(link, new Dictionary<string, string> { ["Input.Level"] = "Satisfied", ["Input.Comment"] = "态度很好" });
        Assert.Equal(HttpStatusCode.OK, rated.StatusCode);
        Assert.NotNull((await PortalClient.ParseAsync(rated)).QuerySelector("#thanks"));

        // One use only.
        Assert.NotNull((await resident.GetDocumentAsync(link)).QuerySelector("#problem"));

        var dashboard = await desk.GetDocumentAsync("/Desk");
        Assert.NotNull(dashboard.QuerySelector("#ratings-by-staff tr[data-staff='城中社区窗口']"));
    }

    [Fact]
    public async Task P1_a_referral_without_a_target_is_refused_at_the_target_field()
    {
        using var desk = await SignInAsync("demo-desk");
        var (details, _) = await DeskSteps.IntakeAsync(desk, "冯先生", null);
        var response = await DeskSteps.ActAsync(desk, details, "Refer", new() { ["Input.Note"] = "请协调" });
        var page = await Refused.ByRuleAtFieldAsync(response, "P1", "Input.Target");
        Assert.Equal("Received", page.QuerySelector("#case-status")!.GetAttribute("data-status"));
    }

    [Fact]
    public async Task P2_a_case_is_reassigned_to_a_colleague_and_refused_for_anyone_else()
    {
        using var desk = await SignInAsync("demo-desk");
        var (details, _) = await DeskSteps.IntakeAsync(desk, "褚女士", null);
        var refused = await DeskSteps.ActAsync(desk, details, "Reassign", new() { ["Input.NewOwner"] = Guid.NewGuid().ToString() });
        Assert.Contains("P2", await Refused.MessageAtAsync(refused, "Input.NewOwner"), StringComparison.Ordinal);

        var colleague = (await desk.GetDocumentAsync(details)).QuerySelector("#reassign-owner option")!;
        Assert.Equal(HttpStatusCode.Redirect, (await DeskSteps.ActAsync(desk, details, "Reassign", new() { ["Input.NewOwner"] = colleague.GetAttribute("value")! })).StatusCode);
        Assert.Equal(colleague.TextContent.Trim(), (await desk.GetDocumentAsync(details)).QuerySelector("#owner")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_town_cannot_open_the_case_action_pages()
    {
        using var desk = await SignInAsync("demo-desk");
        var (details, _) = await DeskSteps.IntakeAsync(desk, "卫先生", null);
        await Isolation.AssertDeniedAsync(Portal, "demo-town", details.Replace("/Details/", "/Work/", StringComparison.Ordinal));
        await Isolation.AssertDeniedAsync(Portal, "demo-town", details.Replace("/Details/", "/Refer/", StringComparison.Ordinal));
        await Isolation.AssertDeniedAsync(Portal, "demo-town", details.Replace("/Details/", "/Reassign/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task M2_an_expired_token_is_refused()
    {
        using var desk = await SignInAsync("demo-desk");
        var (details, receipt) = await DeskSteps.IntakeAsync(desk, "钱先生", null);
        await DeskSteps.ActAsync(desk, details, "Complete", new() { ["Input.Result"] = "已办结" });
        await DeskSteps.ExpireRatingTokenAsync(Portal, details);

        using var resident = new PortalClient(Portal);
        var page = await resident.GetDocumentAsync(new Uri(receipt.QuerySelector("#rating-link")!.GetAttribute("href")!).PathAndQuery);
        Assert.Contains("过期", page.QuerySelector("#problem")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task B6_the_head_posts_opening_hours_and_rules_and_each_change_of_rules_is_a_new_revision()
    {
        using var head = await SignInAsync("demo-head");
        var revisions = (await head.GetDocumentAsync("/Desk/Station")).QuerySelectorAll("#rule-history tbody tr").Length;
        var fields = new Dictionary<string, string> { ["Input.OpeningHours"] = "周一至周五 8:30-17:00（测试）", ["Input.Body"] = "一、首问负责（测试）" };
        await head.SaveFormAsync("/Desk/Station", fields, "#station-form");
        await head.SaveFormAsync("/Desk/Station", fields, "#station-form");

        var page = await head.GetDocumentAsync("/Desk/Station");
        Assert.Equal(revisions + 1, page.QuerySelectorAll("#rule-history tbody tr").Length);
        Assert.Equal("一、首问负责（测试）", page.QuerySelector("#Input_Body")!.TextContent.Trim());
        var publicPage = await GetAnonymouslyAsync(page.QuerySelector("#public-link")!.GetAttribute("href")!);
        Assert.Contains("周一至周五 8:30-17:00（测试）", (await PortalClient.ParseAsync(publicPage)).QuerySelector("#opening-hours")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_page_says_services_are_free_and_shows_no_id_numbers_or_phones()
    {
        using var desk = await SignInAsync("demo-desk");
        await DeskSteps.IntakeAsync(desk, "孙女士", "13911112222", "11010519491231002X");
        var head = await SignInAsync("demo-head");
        var publicUrl = (await head.GetDocumentAsync("/Desk/Station")).QuerySelector("#public-link")!.GetAttribute("href")!;
        head.Dispose();

        using var anonymous = new PortalClient(Portal);
        var page = await anonymous.GetDocumentAsync(publicUrl);
        Assert.NotNull(page.QuerySelector("#free-notice"));
        Assert.NotEmpty(page.QuerySelectorAll("#desks .card"));
        var text = page.Body!.TextContent;
        Assert.DoesNotMatch(new Regex(@"\d{17}[\dXx]"), text);
        Assert.DoesNotMatch(new Regex(@"1[3-9]\d{9}"), text);
        Assert.DoesNotContain("孙女士", text, StringComparison.Ordinal);
        Assert.Contains("public-page", page.Body.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Residents_find_their_stations_public_page_from_the_public_directory()
    {
        using var anonymous = new PortalClient(Portal);
        var directory = await anonymous.GetDocumentAsync("/Public/Stations");
        var town = await anonymous.GetDocumentAsync(directory.QuerySelector("#town-yicheng")!.GetAttribute("href")!);
        var link = town.QuerySelector("#stations-yicheng a")!.GetAttribute("href")!;
        var page = await anonymous.GetDocumentAsync(link);
        Assert.NotNull(page.QuerySelector("#free-notice"));
        Assert.Null(directory.QuerySelector("#current-user"));
    }

    [Fact]
    public async Task M4_no_fee_or_price_concept_exists_anywhere_in_the_domain()
    {
        // Compiler-generated types (the regex generator's) are named by a hash of the file path, which may spell "FEE".
        var names = typeof(ServiceCase).Assembly.GetTypes().Where(t => !t.FullName!.Contains('<', StringComparison.Ordinal))
            .SelectMany(t => t.GetProperties().Select(p => p.Name).Append(t.Name));
        Assert.DoesNotContain(names, n => Regex.IsMatch(n, "Fee|Price|Payment|Charge", RegexOptions.IgnoreCase));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Viewing_a_residents_whole_id_number_is_logged()
    {
        using var desk = await SignInAsync("demo-desk");
        var (details, _) = await DeskSteps.IntakeAsync(desk, "周先生", null, "11010519491231002X");
        var casePage = await desk.GetDocumentAsync(details);
        var residentUrl = casePage.QuerySelector("a[href^='/Desk/Residents/Details/']")!.GetAttribute("href")!;
        var masked = await desk.GetDocumentAsync(residentUrl);
        Assert.DoesNotContain("11010519491231002X", masked.QuerySelector("#resident-id")!.TextContent, StringComparison.Ordinal);
        var whole = await desk.GetDocumentAsync(residentUrl + "?reveal=true");
        Assert.Contains("11010519491231002X", whole.QuerySelector("#resident-id")!.TextContent, StringComparison.Ordinal);

        await using var db = Portal.CreateDbContext(null);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Kind == "PersonalDataViewed" && a.Entity == "Resident" && a.UserName == "demo-desk"));
    }

    [Fact]
    public async Task The_ledger_exports_csv_and_xlsx()
    {
        using var desk = await SignInAsync("demo-desk");
        await DeskSteps.IntakeAsync(desk, "吴先生", null);
        var csv = await desk.GetAsync("/Desk/Ledger?handler=Export&format=csv");
        Assert.Contains("低保对象服务", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var xlsx = await (await desk.GetAsync("/Desk/Ledger?handler=Export&format=xlsx")).Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', xlsx[0]);
    }

    [Fact]
    public async Task The_head_defines_a_desk_and_prints_its_plate()
    {
        using var head = await SignInAsync("demo-head");
        var saved = await head.SubmitFormAsync("/Desk/Desks/Edit", new Dictionary<string, string> { ["Input.Number"] = "9", ["Input.Areas"] = "D2" }, "#desk-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var list = await head.GetDocumentAsync("/Desk/Desks");
        var plate = await head.GetDocumentAsync(list.QuerySelector("tr[data-desk='9'] .plate-link")!.GetAttribute("href")!);
        Assert.Contains("9 号台", plate.QuerySelector("#plate-number")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_town_sees_its_stations_cases_read_only()
    {
        using var desk = await SignInAsync("demo-desk");
        var (details, _) = await DeskSteps.IntakeAsync(desk, "郑先生", null);
        using var town = await SignInAsync("demo-town");
        var page = await town.GetDocumentAsync(details);
        Assert.Null(page.QuerySelector("#case-actions"));
        Assert.NotNull((await town.GetDocumentAsync("/Desk")).QuerySelector("#by-station"));
    }

    [Fact]
    public async Task Desk_staff_without_a_registered_station_cannot_take_intakes()
    {
        var user = await Portal.CreateUserAsync("desk-donghong", AppRoles.DeskStaff, "yicheng", "东虹社区");
        using var client = await SignInAsync(user, PortalFactory.ProbePassword);
        var page = await client.GetDocumentAsync("/Desk/Intake");
        Assert.NotNull(page.QuerySelector("#no-station"));
        Assert.Null(page.QuerySelector("#intake-form"));
        Assert.NotNull((await client.GetDocumentAsync("/Desk")).QuerySelector("#no-station"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/Desk/Intake", new Dictionary<string, string>(), "/Desk/Intake")).StatusCode);
    }

    [Fact]
    public async Task B6_issue_11_the_public_page_offers_the_service_phone_as_a_tel_link_and_the_address_as_a_map_search_link()
    {
        using var head = await SignInAsync("demo-head");
        var notice = await head.GetDocumentAsync("/Desk/Station");
        var publicUrl = notice.QuerySelector("#public-link")!.GetAttribute("href")!;
        using var anonymous = new PortalClient(Portal);
        Assert.Null((await anonymous.GetDocumentAsync(publicUrl)).QuerySelector("#phone"));

        var refused = await head.SubmitFormAsync("/Desk/Station", new Dictionary<string, string> { ["Input.Phone"] = "12345" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("服务电话无效", (await PortalClient.ParseAsync(refused)).Body!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await head.SubmitFormAsync("/Desk/Station", new Dictionary<string, string> { ["Input.Phone"] = "（0510）８７６５４３２１" })).StatusCode);
        Assert.Equal("0510-87654321", (await head.GetDocumentAsync("/Desk/Station")).QuerySelector("#Input_Phone")!.GetAttribute("value"));

        var page = await anonymous.GetDocumentAsync(publicUrl);
        var phone = page.QuerySelector("#phone")!;
        Assert.Equal("tel:+86-510-87654321", phone.GetAttribute("href"));
        Assert.Equal("0510-87654321", phone.TextContent.Trim());

        var address = page.QuerySelector("#address")!.TextContent.Trim();
        var map = new Uri(page.QuerySelector("#map-link")!.GetAttribute("href")!);
        Assert.Equal("https", map.Scheme);
        Assert.Contains(address, Uri.UnescapeDataString(map.Query), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main iframe, main script"));
    }

    [Theory]
    [InlineData("13912345678", "tel:+86-13912345678")]
    [InlineData("0510-87654321", "tel:+86-510-87654321")]
    [InlineData("010-12345678-123", "tel:+86-10-12345678;ext=123")]
    public void A_stored_number_dials_with_the_country_code(string stored, string tel) =>
        Assert.Equal(tel, CommunityStation.Web.Pages.Visitors.StationModel.Dial(stored));
}
