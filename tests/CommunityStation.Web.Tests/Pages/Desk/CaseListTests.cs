namespace CommunityStation.Web.Tests.Pages.Desk;

/// <summary>The case list (Pages/Desk/Cases/Index): a search by receipt number, resident or phone, and a resident column.</summary>
public sealed class CaseListTests(PortalFactory portal) : OwnPortalTests(portal)
{
    private static string Search(string term) => "/Desk/Cases?queue=station&search=" + Uri.EscapeDataString(term);

    private static List<string> Numbers(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll("#cases tbody tr").Select(r => r.GetAttribute("data-number")!)];

    [Theory]
    [InlineData("number")]
    [InlineData("钱阿婆")]
    [InlineData("139 1234 ５６７８")]
    [InlineData("139-1234")]
    public async Task The_case_list_finds_a_case_by_its_number_the_residents_name_or_phone(string term)
    {
        using var desk = await SignInAsync("demo-desk");
        var (_, receipt) = await DeskSteps.IntakeAsync(desk, "钱阿婆", "13912345678");
        var number = receipt.QuerySelector("#case-number")!.TextContent.Trim();
        var (_, other) = await DeskSteps.IntakeAsync(desk, "孙大伯", "13700002222");
        var otherNumber = other.QuerySelector("#case-number")!.TextContent.Trim();

        var found = await desk.GetDocumentAsync(Search(term == "number" ? number : term));
        var numbers = Numbers(found);
        Assert.Contains(number, numbers);
        Assert.DoesNotContain(otherNumber, numbers);
    }

    [Fact]
    public async Task The_case_list_shows_the_resident_with_a_masked_phone()
    {
        using var desk = await SignInAsync("demo-desk");
        var (_, receipt) = await DeskSteps.IntakeAsync(desk, "周奶奶", "13955556666");
        var number = receipt.QuerySelector("#case-number")!.TextContent.Trim();

        var page = await desk.GetDocumentAsync(Search(number));
        var resident = page.QuerySelector($"#cases tr[data-number='{number}'] td.resident")!.TextContent;
        Assert.Contains("周奶奶", resident, StringComparison.Ordinal);
        Assert.Contains("139****6666", resident, StringComparison.Ordinal);
        Assert.DoesNotContain("13955556666", page.Body!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_that_matches_nothing_shows_an_empty_list()
    {
        using var desk = await SignInAsync("demo-desk");
        await DeskSteps.IntakeAsync(desk, "郑先生", "13811112222");
        var page = await desk.GetDocumentAsync(Search("没有这个人"));
        Assert.Empty(Numbers(page));
    }
}
