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

    [Fact]
    public async Task The_case_list_pages_filters_by_duty_area_and_exports_what_it_shows_with_phones_masked()
    {
        using var desk = await SignInAsync("demo-desk");
        foreach (var (name, phone) in new[] { ("翻页甲", "13911110001"), ("翻页乙", "13911110002"), ("翻页丙", "13911110003") })
        {
            await DeskSteps.IntakeAsync(desk, name, phone);
        }

        var url = Search("翻页");
        var csv = await ListPages.AssertWalksAndExportsAsync(desk, url, "#cases tbody tr", r => r.GetAttribute("data-number"), pageSize: 1);
        Assert.Equal(3, csv.Count - 1);
        Assert.All(csv.Skip(1), l => Assert.Matches(@"^139\*{4}\d{4}$", l[2]));
        Assert.All(csv.Skip(1), l => Assert.Equal("社会保障和社会事务", l[4]));

        // The low-income service is duty area D5: named in the list, and another area's filter leaves these cases out.
        var page = await desk.GetDocumentAsync(url + "&area=D5");
        Assert.Equal(3, ListPages.Total(page));
        Assert.All(page.QuerySelectorAll("#cases tbody tr td:nth-child(4)"), td => Assert.Equal("社会保障和社会事务", td.TextContent.Trim()));
        Assert.Equal(0, ListPages.Total(await desk.GetDocumentAsync(url + "&area=D1")));
        Assert.Contains(page.QuerySelectorAll("#Area option"), o => o.TextContent == "社区安全");
    }
}
