namespace CommunityStation.Web.Tests.Pages.Communities;

/// <summary>Communities/Index: narrowed by tenant (city-wide readers), name and RC term; paged with a total; exported with the filter.</summary>
public sealed class CommunityListTests(PortalFactory portal) : SharedPortalTests(portal)
{
    private static string? Key(IElement row) => row.GetAttribute("data-community");

    [Fact]
    public async Task The_bureau_walks_every_community_of_the_city_and_exports_the_same_rows()
    {
        using var bureau = await SignInAsync("demo-bureau");
        var csv = await ListPages.AssertWalksAndExportsAsync(bureau, "/Communities", "#communities tbody tr", Key, pageSize: 5);
        Assert.Equal(DemoData.Tenants.Sum(t => t.Communities.Count), csv.Count - 1);
        Assert.Equal(["镇（街道）", "社区", "户数"], csv[0].Take(3));
    }

    [Fact]
    public async Task The_tenant_filter_and_the_export_carry_the_same_choice()
    {
        using var bureau = await SignInAsync("demo-bureau");
        var page = await bureau.GetDocumentAsync($"/Communities?tenant={Demo.Dingshu}");
        Assert.Equal(3, ListPages.Total(page));
        var csv = await ListPages.ExportCsvAsync(bureau, page);
        Assert.Equal(3, csv.Count - 1);
        Assert.All(csv.Skip(1), l => Assert.Equal("丁蜀镇", l[0]));
    }

    [Fact]
    public async Task A_town_official_sees_only_the_towns_communities_and_no_tenant_choice()
    {
        using var town = await SignInAsync("demo-town");
        var page = await town.GetDocumentAsync($"/Communities?tenant={Demo.Dingshu}");
        Assert.Null(page.QuerySelector("#Tenant"));
        Assert.Equal(4, ListPages.Total(page));
        Assert.Equal(2, ListPages.Total(await town.GetDocumentAsync("/Communities?search=" + Uri.EscapeDataString("虹"))));
        Assert.Equal(4, ListPages.Total(await town.GetDocumentAsync("/Communities?term=current")));
        Assert.Equal(0, ListPages.Total(await town.GetDocumentAsync("/Communities?term=ended")));
    }
}
