namespace CommunityStation.Web.Tests.Pages.Paging;

/// <summary>
/// The pager (Pages/Shared/_Pager.cshtml over Infrastructure/Paging.cs): keyset pages with a total, read on
/// the people register of a town given 25 more people, some with the same name so the id decides the order.
/// </summary>
public sealed class PagerTests(PortalFactory portal) : OwnPortalTests(portal), IAsyncLifetime
{
    private const string List = "/Staff/People?pageSize=10";

    public async Task InitializeAsync()
    {
        await using var db = Portal.CreateDbContext(Demo.Yicheng);
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (await db.People.CountAsync() < 40)
        {
            for (var i = 0; i < 25; i++)
            {
                var first17 = $"32028219800101{i:D3}";
                db.People.Add(new Person(Demo.Yicheng, Guid.CreateVersion7(), i % 5 == 0 ? "同名人" : $"翻页{i:D2}", first17 + ChineseIdNumber.ComputeCheckCharacter(first17), null, Education.JuniorCollege, ComputerSkill.Basic, false, false));
            }

            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static int Attribute(AngleSharp.Dom.IElement pager, string name) =>
        int.Parse(pager.GetAttribute(name)!, CultureInfo.InvariantCulture);

    private static List<string?> Rows(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll("#people tbody tr a").Select(a => a.GetAttribute("href"))];

    /// <summary>One page of the list and its pager.</summary>
    private static async Task<(IDocument Page, IElement Pager)> ReadAsync(PortalClient client, string url)
    {
        var page = await client.GetDocumentAsync(url);
        return (page, page.QuerySelector(".pager")!);
    }

    [Fact]
    public async Task Following_next_from_the_first_page_reads_every_row_once_and_previous_reads_the_same_pages_back()
    {
        using var official = await SignInAsync("demo-town");
        var (page, pager) = await ReadAsync(official, List);
        var total = Attribute(pager, "data-total");
        var pageCount = Attribute(pager, "data-page-count");
        Assert.True(pageCount > 2, $"the demo town has {total} people");

        var forward = new List<List<string?>> { Rows(page) };
        while (Attribute(pager, "data-page") < pageCount)
        {
            var next = pager.QuerySelector(".pager-next")!.GetAttribute("href")!;
            Assert.Contains("after=", next, StringComparison.Ordinal);
            (page, pager) = await ReadAsync(official, next);
            Assert.Equal(forward.Count + 1, Attribute(pager, "data-page"));
            forward.Add(Rows(page));
        }

        var all = forward.SelectMany(r => r).ToList();
        Assert.Equal(total, all.Count);
        Assert.Equal(total, all.Distinct().Count());

        for (var back = forward.Count - 2; back >= 0; back--)
        {
            (page, pager) = await ReadAsync(official, pager.QuerySelector(".pager-previous")!.GetAttribute("href")!);
            Assert.Equal(back + 1, Attribute(pager, "data-page"));
            Assert.Equal(forward[back], Rows(page));
        }
    }

    [Fact]
    public async Task The_last_page_link_reads_the_rows_at_the_end()
    {
        using var official = await SignInAsync("demo-town");
        var (_, pager) = await ReadAsync(official, List);
        var total = Attribute(pager, "data-total");
        var (last, lastPager) = await ReadAsync(official, pager.QuerySelector(".pager-last")!.GetAttribute("href")!);
        Assert.Equal(Attribute(pager, "data-page-count"), Attribute(lastPager, "data-page"));
        Assert.Equal(total - ((Attribute(pager, "data-page-count") - 1) * 10), Rows(last).Count);
    }

    [Theory]
    [InlineData("after=not-a-cursor")]
    [InlineData("before=WyJ4Il0")]
    [InlineData("after=%00%01")]
    [InlineData("pageNumber=999999&after=WyLlvKAiLCJub3QtYS1ndWlkIl0")]
    [InlineData("search=nobody-has-this-name&pageNumber=2&after=WyLlvKAiLCAiMDE5NGQyNDYtMDAwMC03MDAwLTgwMDAtMDAwMDAwMDAwMDAwIl0")]
    [InlineData("search=nobody-has-this-name&pageNumber=2&before=WyLlvKAiLCAiMDE5NGQyNDYtMDAwMC03MDAwLTgwMDAtMDAwMDAwMDAwMDAwIl0")]
    public async Task A_cursor_that_was_not_made_here_or_past_an_empty_list_reads_the_first_page(string query)
    {
        var page = await ReadAsAsync("demo-town", $"{List}&{query}");
        Assert.Equal("1", page.QuerySelector(".pager")!.GetAttribute("data-page"));
    }
}
