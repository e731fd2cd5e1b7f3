namespace CommunityStation.Web.Tests.Pages.Visitors;

/// <summary>
/// The public directory (/Public/Stations, no sign-in): the towns in service (one query over the city-level tenant
/// rows, never a count inside each tenant in turn), then one town's
/// stations (read inside that town, ADR 0004) found by name or address, paged with a total and exported.
/// </summary>
public sealed class StationDirectoryTests(PortalFactory portal) : SharedPortalTests(portal)
{
    [Fact]
    public async Task Residents_choose_their_town_and_walk_its_stations_and_the_export_lists_the_same_with_no_personal_data()
    {
        using var resident = new PortalClient(Portal);
        var towns = await resident.GetDocumentAsync("/Public/Stations");
        var yicheng = towns.QuerySelector("#towns a[data-town='yicheng']")!;
        Assert.Equal("宜城街道", yicheng.TextContent.Trim());
        Assert.NotNull(towns.QuerySelector("#towns a[data-town='qiting']"));

        var csv = await ListPages.AssertWalksAndExportsAsync(resident, "/Public/Stations/yicheng", "#stations-yicheng li", li => li.GetAttribute("data-station"), pageSize: 1);
        Assert.Equal(["工作站名称", "办公地址", "服务电话", "办公时间"], csv[0]);
        Assert.Equal(["宜兴市宜城街道南虹社区事务工作站", "宜兴市宜城街道城中社区事务工作站"], csv.Skip(1).Select(l => l[0]).Order(StringComparer.Ordinal));
        Assert.DoesNotMatch(@"\d{17}[\dXx]", string.Join("\n", csv.Select(l => string.Join(",", l))));
    }

    [Fact]
    public async Task The_search_finds_a_station_by_name_and_an_unknown_town_is_not_found()
    {
        using var resident = new PortalClient(Portal);
        var found = await resident.GetDocumentAsync("/Public/Stations/yicheng?search=" + Uri.EscapeDataString("南虹"));
        Assert.Equal(["宜兴市宜城街道南虹社区事务工作站"], found.QuerySelectorAll("#stations-yicheng li").Select(li => li.GetAttribute("data-station")));
        Assert.Equal(0, ListPages.Total(await resident.GetDocumentAsync("/Public/Stations/yicheng?search=" + Uri.EscapeDataString("丁山"))));
        Assert.Equal(HttpStatusCode.NotFound, (await resident.GetAsync("/Public/Stations/nowhere")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await resident.GetAsync("/Public/Stations/nowhere?handler=Export&format=csv")).StatusCode);
    }
}
