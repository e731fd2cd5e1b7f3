namespace CommunityStation.Web.Tests.Pages.Desk;

/// <summary>
/// Issue 11 item 9: a case's history reads in the reader's language. The notes the portal itself wrote (a rating's
/// grade, a referral to the RC, the resident as the one who rated) are translated; a person's own words stay as typed.
/// Own database: the class takes a case in and rates it.
/// </summary>
public sealed class CaseHistoryLanguageTests(PortalFactory portal) : OwnPortalTests(portal)
{
    [Fact]
    public async Task A_rated_and_referred_case_reads_in_chinese_and_in_english()
    {
        using var desk = await SignInAsync("demo-desk");
        var (details, receipt) = await DeskSteps.IntakeAsync(desk, "历史语言", null);
        var link = new Uri(receipt.QuerySelector("#rating-link")!.GetAttribute("href")!).PathAndQuery;
        Assert.Equal(HttpStatusCode.Redirect, (await DeskSteps.ActAsync(desk, details, "Refer", new() { ["Input.Target"] = "ResidentsCommittee", ["Input.Note"] = "属居民自治事项" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await DeskSteps.ActAsync(desk, details, "TakeBack", new() { ["Input.Note"] = "居委会已答复" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await DeskSteps.ActAsync(desk, details, "Complete", new() { ["Input.Result"] = "已答复居民" })).StatusCode);
        using (var resident = new PortalClient(Portal))
        {
            Assert.Equal(HttpStatusCode.OK, (await resident.SubmitFormAsync(link, new Dictionary<string, string> { ["Input.Level"] = "Satisfied" })).StatusCode);
        }

        var zh = await desk.GetDocumentAsync(details);
        Assert.Equal("满意", zh.QuerySelector("li[data-action='Rated'] .step-note")!.TextContent.Trim());
        Assert.Equal("居委会：属居民自治事项", zh.QuerySelector("li[data-action='Referred'] .step-note")!.TextContent.Trim());

        await desk.UseCultureAsync("en");
        var en = await desk.GetDocumentAsync(details);
        var rated = en.QuerySelector("li[data-action='Rated']")!;
        Assert.Equal("Satisfied", rated.QuerySelector(".step-note")!.TextContent.Trim());
        Assert.Contains("Resident", rated.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("居民", rated.TextContent, StringComparison.Ordinal);
        Assert.Equal("Residents' committee: 属居民自治事项", en.QuerySelector("li[data-action='Referred'] .step-note")!.TextContent.Trim());
    }
}
