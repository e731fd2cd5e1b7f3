using CommunityStation.Web.Tests.Pages.Desk;

namespace CommunityStation.Web.Tests.Pages.Visitors;

/// <summary>Issue 11 item 6: the receipt's QR opens a public case status page that shows no personal data.</summary>
public sealed class CaseStatusTests(PortalFactory portal) : OwnPortalTests(portal)
{
    [Fact]
    public async Task The_receipts_qr_opens_a_status_page_with_state_and_promised_date_and_no_personal_data()
    {
        using var desk = await SignInAsync("demo-desk");
        var (_, receipt) = await DeskSteps.IntakeAsync(desk, "周老伯", "13922223333", "11010519491231002X");
        Assert.NotNull(receipt.QuerySelector("#status-qr svg"));
        var status = StatusLink(receipt);
        Assert.StartsWith("/s/yicheng/", status, StringComparison.Ordinal);

        using var resident = new PortalClient(Portal);
        var page = await resident.GetDocumentAsync(status);
        Assert.Equal(receipt.QuerySelector("#case-number")!.TextContent.Trim(), page.QuerySelector("#case-number")!.TextContent.Trim());
        Assert.Equal("已受理，正在安排办理", page.QuerySelector("#state")!.TextContent.Trim());
        Assert.Matches(new Regex(@"^\d{4}年\d{1,2}月\d{1,2}日$"), page.QuerySelector("#promised-by")!.TextContent.Trim());
        Assert.Contains("低保对象服务", page.QuerySelector("#item")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#rate"));
        Assert.NotNull(page.QuerySelector("#rate-later"));

        var text = page.DocumentElement.OuterHtml;
        Assert.DoesNotContain("周老伯", text, StringComparison.Ordinal);
        Assert.DoesNotContain("13922223333", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex(@"\d{17}[\dXx]"), text);
        Assert.DoesNotContain("咨询低保申请材料", text, StringComparison.Ordinal);
        Assert.Contains("public-page", page.Body!.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_referred_case_shows_where_it_went()
    {
        using var desk = await SignInAsync("demo-desk");
        var (details, receipt) = await DeskSteps.IntakeAsync(desk, "吴阿婆", null);
        Assert.Equal(HttpStatusCode.Redirect, (await DeskSteps.ActAsync(desk, details, "Refer", new() { ["Input.Target"] = "Department", ["Input.Department"] = "市住建局", ["Input.Note"] = "属部门职责" })).StatusCode);

        using var resident = new PortalClient(Portal);
        var page = await resident.GetDocumentAsync(StatusLink(receipt));
        Assert.Equal("已转交办理", page.QuerySelector("#state")!.TextContent.Trim());
        Assert.Equal("市住建局", page.QuerySelector("#referred-to")!.TextContent.Trim());
    }

    [Fact]
    public async Task After_completion_it_shows_the_date_but_not_the_result_and_offers_rating_then_shows_the_rating()
    {
        using var desk = await SignInAsync("demo-desk");
        var (details, receipt) = await DeskSteps.IntakeAsync(desk, "郑大姐", "13933334444");
        Assert.Equal(HttpStatusCode.Redirect, (await DeskSteps.ActAsync(desk, details, "Complete", new() { ["Input.Result"] = "已告知郑大姐所需材料" })).StatusCode);

        using var resident = new PortalClient(Portal);
        var page = await resident.GetDocumentAsync(StatusLink(receipt));
        Assert.Equal("已办结", page.QuerySelector("#state")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("#completed-on"));
        Assert.DoesNotContain("已告知", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("郑大姐", page.DocumentElement.OuterHtml, StringComparison.Ordinal);

        var rate = page.QuerySelector("#rate")!.GetAttribute("href")!;
        Assert.Equal(new Uri(receipt.QuerySelector("#rating-link")!.GetAttribute("href")!).PathAndQuery, rate);
        var rated = await resident.SubmitFormAsync(rate, new Dictionary<string, string> { ["Input.Level"] = "Satisfied" });
        Assert.NotNull((await PortalClient.ParseAsync(rated)).QuerySelector("#thanks"));

        page = await resident.GetDocumentAsync(StatusLink(receipt));
        Assert.Null(page.QuerySelector("#rate"));
        Assert.Contains("满意", page.QuerySelector("#rated")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task P2_a_referral_ended_with_an_outcome_completes_the_case_and_the_resident_can_rate_it()
    {
        using var desk = await SignInAsync("demo-desk");
        var (details, receipt) = await DeskSteps.IntakeAsync(desk, "冯大爷", null);
        Assert.Equal(HttpStatusCode.Redirect, (await DeskSteps.ActAsync(desk, details, "Refer", new() { ["Input.Target"] = "ResidentsCommittee", ["Input.Note"] = "楼道公约属居民自治" })).StatusCode);

        // An outcome is required, next to the field, and the case stays referred.
        var refused = await DeskSteps.ActAsync(desk, details, "Conclude", new() { ["Input.Note"] = " " });
        await Refused.AtFieldAsync(refused, "Input.Note");
        Assert.Equal("Referred", (await desk.GetDocumentAsync(details)).QuerySelector("#case-status")!.GetAttribute("data-status"));

        Assert.Equal(HttpStatusCode.Redirect, (await DeskSteps.ActAsync(desk, details, "Conclude", new() { ["Input.Note"] = "居委会已召开楼道会议，公约已张贴" })).StatusCode);
        var casePage = await desk.GetDocumentAsync(details);
        Assert.Equal("Completed", casePage.QuerySelector("#case-status")!.GetAttribute("data-status"));
        Assert.Equal("居委会已召开楼道会议，公约已张贴", casePage.QuerySelector("#result")!.TextContent.Trim());
        Assert.NotNull(casePage.QuerySelector("#case-timeline li[data-action='ReferralConcluded']"));

        using var resident = new PortalClient(Portal);
        var page = await resident.GetDocumentAsync(StatusLink(receipt));
        Assert.Equal("已办结", page.QuerySelector("#state")!.TextContent.Trim());
        Assert.Equal("社区居委会", page.QuerySelector("#referred-to")!.TextContent.Trim());
        Assert.Equal("ReferralConcluded", page.QuerySelector("#referral-end")!.GetAttribute("data-end"));
        Assert.DoesNotContain("楼道会议", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        var rated = await resident.SubmitFormAsync(page.QuerySelector("#rate")!.GetAttribute("href")!, new Dictionary<string, string> { ["Input.Level"] = "Satisfied" });
        Assert.NotNull((await PortalClient.ParseAsync(rated)).QuerySelector("#thanks"));
    }

    [Fact]
    public async Task P1_a_referral_that_comes_back_shows_the_case_back_in_progress()
    {
        using var desk = await SignInAsync("demo-desk");
        var (details, receipt) = await DeskSteps.IntakeAsync(desk, "褚阿姨", null);
        Assert.Equal(HttpStatusCode.Redirect, (await DeskSteps.ActAsync(desk, details, "Refer", new() { ["Input.Target"] = "Department", ["Input.Department"] = "市住建局", ["Input.Note"] = "属部门职责" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await DeskSteps.ActAsync(desk, details, "TakeBack", new() { ["Input.Note"] = "住建局退回，需补材料" })).StatusCode);

        using var resident = new PortalClient(Portal);
        var page = await resident.GetDocumentAsync(StatusLink(receipt));
        Assert.Equal("正在办理", page.QuerySelector("#state")!.TextContent.Trim());
        Assert.Equal("ReferralReturned", page.QuerySelector("#referral-end")!.GetAttribute("data-end"));
        Assert.Equal("已转回工作站继续办理", page.QuerySelector("#referral-end")!.TextContent.Trim());
    }

    [Fact]
    public async Task Reopening_a_receipt_shows_the_same_qr_again_without_voiding_it()
    {
        using var desk = await SignInAsync("demo-desk");
        var (details, receipt) = await DeskSteps.IntakeAsync(desk, "蒋先生", null);
        var first = StatusLink(receipt);

        var again = await desk.GetDocumentAsync(details.Replace("/Details/", "/Receipt/", StringComparison.Ordinal));
        Assert.NotNull(again.QuerySelector("#status-qr svg"));
        Assert.Null(again.QuerySelector("#reissue"));
        Assert.Equal(first, StatusLink(again));
        Assert.Equal(receipt.QuerySelector("#status-qr")!.InnerHtml, again.QuerySelector("#status-qr")!.InnerHtml);

        // The town official reading the case sees the same receipt; the resident's link still works.
        using var town = await SignInAsync("demo-town");
        Assert.Equal(first, StatusLink(await town.GetDocumentAsync(details.Replace("/Details/", "/Receipt/", StringComparison.Ordinal))));
        using var resident = new PortalClient(Portal);
        Assert.Equal(receipt.QuerySelector("#case-number")!.TextContent.Trim(), (await resident.GetDocumentAsync(first)).QuerySelector("#case-number")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_receipt_whose_kept_token_cannot_be_read_offers_a_reissue_which_voids_the_old_link_and_is_shown_again()
    {
        using var desk = await SignInAsync("demo-desk");
        var (details, receipt) = await DeskSteps.IntakeAsync(desk, "沈女士", null);
        var id = Guid.Parse(details.Split('/')[^1]);
        await ExecuteAsync($"UPDATE service_cases SET receipt_token_sealed = NULL WHERE id = {id}"); // as for a case from before receipts kept their token

        var receiptUrl = details.Replace("/Details/", "/Receipt/", StringComparison.Ordinal);
        var reopened = await desk.GetDocumentAsync(receiptUrl);
        Assert.Null(reopened.QuerySelector("#status-qr"));
        var reissued = await PortalClient.ParseAsync(await desk.SubmitFormAsync(receiptUrl, new Dictionary<string, string>()));
        var fresh = StatusLink(reissued);
        Assert.NotEqual(StatusLink(receipt), fresh);
        Assert.Equal(fresh, StatusLink(await desk.GetDocumentAsync(receiptUrl)));

        using var resident = new PortalClient(Portal);
        Assert.Equal(HttpStatusCode.NotFound, (await resident.GetAsync(StatusLink(receipt))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await resident.GetAsync(fresh)).StatusCode);
    }

    // The status link (/s/) and the rating link (/r/, M2) answer an unknown token the same way.
    [Theory]
    [InlineData("/s/yicheng/not-a-real-token-at-all")]
    [InlineData("/s/dingshu/not-a-real-token-at-all")]
    [InlineData("/s/nowhere/x")]
    [InlineData("/r/yicheng/not-a-real-token-at-all")]
    [InlineData("/r/dingshu/not-a-real-token-at-all")]
    [InlineData("/r/nowhere/x")]
    [InlineData("/s/yicheng")]
    [InlineData("/s/yicheng/a/b")]
    [InlineData("/r/yicheng")]
    [InlineData("/r/nowhere/not-a-real-token")]
    [InlineData("/Public/Stations/yicheng/3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
    [InlineData("/Public/Stations/nowhere/3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
    public async Task M2_an_unknown_status_or_rating_token_gets_a_friendly_404(string url)
    {
        var response = await GetAnonymouslyAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("无效或已过期", page.QuerySelector("#unknown-link")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("管辖范围", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_token_gets_the_friendly_404()
    {
        using var desk = await SignInAsync("demo-desk");
        var (details, receipt) = await DeskSteps.IntakeAsync(desk, "王先生", null);
        await DeskSteps.ExpireRatingTokenAsync(Portal, details);

        using var resident = new PortalClient(Portal);
        var response = await resident.GetAsync(StatusLink(receipt));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotNull((await PortalClient.ParseAsync(response)).QuerySelector("#unknown-link"));
    }

    /// <summary>Changes a case behind the portal's back, as the tenant's app role.</summary>
    private async Task ExecuteAsync(FormattableString sql)
    {
        await using var db = Portal.CreateDbContext(Demo.Yicheng);
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlInterpolatedAsync(sql);
        await transaction.CommitAsync();
    }

    private static string StatusLink(AngleSharp.Dom.IDocument receipt) =>
        new Uri(receipt.QuerySelector("#status-link")!.GetAttribute("href")!).PathAndQuery;
}
