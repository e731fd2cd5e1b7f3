namespace CommunityStation.Web.Tests.Pages.Staff;

/// <summary>The people register (Pages/Staff/People/Index): a community column and filter, and an export of what the filter shows.</summary>
public sealed partial class PeopleRegisterTests(PortalFactory portal) : OwnPortalTests(portal)
{
    private static int Total(AngleSharp.Dom.IDocument page) =>
        int.Parse(page.QuerySelector(".pager")!.GetAttribute("data-total")!, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\d{17}[\dX]")]
    private static partial Regex WholeIdNumber();

    [Fact]
    public async Task The_community_filter_narrows_the_register_to_people_on_that_communitys_workforce()
    {
        using var official = await SignInAsync("demo-town");
        var all = await official.GetDocumentAsync("/Staff/People");
        var options = all.QuerySelectorAll("#community-filter option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains(Demo.Chengzhong.ToString(), options);
        Assert.DoesNotContain(Demo.Shushan.ToString(), options);

        var filtered = await official.GetDocumentAsync($"/Staff/People?community={Demo.Chengzhong}&pageSize=200");
        var cells = filtered.QuerySelectorAll("#people tbody td.communities").Select(c => c.TextContent).ToList();
        Assert.NotEmpty(cells);
        Assert.All(cells, c => Assert.Contains("城中社区", c, StringComparison.Ordinal));
        Assert.True(Total(filtered) < Total(all), $"{Total(filtered)} of {Total(all)}");
        Assert.Equal(Total(filtered), cells.Count);
    }

    [Fact]
    public async Task A_community_of_another_town_in_the_address_shows_nobody()
    {
        using var official = await SignInAsync("demo-town");
        var page = await official.GetDocumentAsync($"/Staff/People?community={Demo.Shushan}");
        Assert.Equal(0, Total(page));
    }

    [Fact]
    public async Task The_export_carries_the_filter_and_has_a_header_and_every_row_of_the_list_masked()
    {
        using var official = await SignInAsync("demo-town");
        var filtered = await official.GetDocumentAsync($"/Staff/People?community={Demo.Chengzhong}&pageSize=10");
        var total = Total(filtered);
        var csvLink = filtered.QuerySelector("#export-csv")!.GetAttribute("href")!;
        var xlsxLink = filtered.QuerySelector("#export-xlsx")!.GetAttribute("href")!;
        Assert.Contains($"community={Demo.Chengzhong}", csvLink, StringComparison.Ordinal);
        Assert.Contains($"community={Demo.Chengzhong}", xlsxLink, StringComparison.Ordinal);

        var csv = await (await official.GetAsync(csvLink)).Content.ReadAsStringAsync();
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("姓名,", lines[0], StringComparison.Ordinal);
        Assert.Contains("所在社区", lines[0], StringComparison.Ordinal);
        Assert.Equal(total, lines.Length - 1);
        Assert.All(lines.Skip(1), l => Assert.Contains("城中社区", l, StringComparison.Ordinal));
        Assert.DoesNotMatch(WholeIdNumber(), csv);

        var rows = CommunityStation.Infrastructure.Documents.TableFile.Read(await (await official.GetAsync(xlsxLink)).Content.ReadAsStreamAsync());
        Assert.Equal(total + 1, rows.Count);
        Assert.Equal("姓名", rows[0].Cell(0));
        Assert.All(rows.SelectMany(r => r.Cells), cell => Assert.DoesNotMatch(WholeIdNumber(), cell));
    }

    [Fact]
    public async Task The_unfiltered_export_has_as_many_rows_as_the_whole_register()
    {
        using var official = await SignInAsync("demo-town");
        var total = Total(await official.GetDocumentAsync("/Staff/People?pageSize=10"));
        var csv = await (await official.GetAsync("/Staff/People?handler=Export&format=csv")).Content.ReadAsStringAsync();
        Assert.Equal(total + 1, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
