namespace CommunityStation.Web.Tests.Pages.Staff.Stations;

/// <summary>Staff/Stations/Index (岗位与名单): the town's stations by name, paged with a total, exported with the filter and the filing state (H6).</summary>
public sealed class RosterListTests(PortalFactory portal) : SharedPortalTests(portal)
{
    [Fact]
    public async Task The_town_walks_its_stations_and_exports_them_with_heads_and_filing_states()
    {
        using var town = await SignInAsync("demo-town");
        var csv = await ListPages.AssertWalksAndExportsAsync(town, "/Staff/Stations", "#station-rosters tbody tr", r => r.GetAttribute("data-station"), pageSize: 1);
        Assert.Equal(["工作站", "站长", "人数", "站长、副站长", "名单备案"], csv[0]);
        var chengzhong = csv.Single(l => l[0] == "宜兴市宜城街道城中社区事务工作站");
        Assert.Equal("周建国", chengzhong[1]);
        Assert.Contains(chengzhong[4], new[] { "未备案", "待民政局备案", "已备案", "备案已过期" });
    }

    [Fact]
    public async Task The_search_narrows_to_the_stations_named()
    {
        using var town = await SignInAsync("demo-town");
        var page = await town.GetDocumentAsync("/Staff/Stations?search=" + Uri.EscapeDataString("南虹"));
        Assert.Equal(["宜兴市宜城街道南虹社区事务工作站"], page.QuerySelectorAll("#station-rosters tbody tr").Select(r => r.GetAttribute("data-station")));
        Assert.Equal(1, ListPages.Total(page));
    }
}
