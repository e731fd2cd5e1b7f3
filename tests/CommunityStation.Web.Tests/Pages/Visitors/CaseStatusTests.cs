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

    // The status link (/s/) and the rating link (/r/, M2) answer an unknown token the same way.
    [Theory]
    [InlineData("/s/yicheng/not-a-real-token-at-all")]
    [InlineData("/s/dingshu/not-a-real-token-at-all")]
    [InlineData("/s/nowhere/x")]
    [InlineData("/r/yicheng/not-a-real-token-at-all")]
    [InlineData("/r/dingshu/not-a-real-token-at-all")]
    [InlineData("/r/nowhere/x")]
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

    private static string StatusLink(AngleSharp.Dom.IDocument receipt) =>
        new Uri(receipt.QuerySelector("#status-link")!.GetAttribute("href")!).PathAndQuery;
}
