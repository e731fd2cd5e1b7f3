namespace CommunityStation.Web.Tests.Pages.Staff.Filings;

/// <summary>
/// Staff/Filings (H6): the bureau's queue and every filing, narrowed by tenant, status, station and the Beijing day
/// filed; paged with a total; exported with the filter. Own database: the towns file rosters.
/// </summary>
public sealed class FilingListTests(PortalFactory portal) : OwnPortalTests(portal), IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        // xUnit runs this before each test; the class's database keeps the filings of the first.
        if (await QueryAsync(null, db => db.AuditEntries.AnyAsync(a => a.Entity == "RosterFiling")))
        {
            return;
        }

        using var yicheng = await SignInAsync("demo-town");
        foreach (var community in new[] { "城中社区", "南虹社区" })
        {
            await FileAsync(yicheng, await StationAsync("yicheng", community));
        }

        using var dingshu = await SignInAsync("demo-town2");
        await FileAsync(dingshu, await StationAsync("dingshu", "丁山社区"));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task H6_the_bureau_walks_the_queue_and_exports_it_with_beijing_and_utc_times()
    {
        using var bureau = await SignInAsync("demo-bureau");
        var csv = await ListPages.AssertWalksAndExportsAsync(bureau, "/Staff/Filings", "#filings tbody tr", r => r.QuerySelector("a")?.GetAttribute("href"), pageSize: 1);
        Assert.Equal(3, csv.Count - 1);
        Assert.All(csv.Skip(1), l => Assert.Equal("待备案", l[2]));
        Assert.Equal("报送时间（UTC）", csv[0][^2]);
    }

    [Fact]
    public async Task H6_the_filters_narrow_by_tenant_station_status_and_day_filed()
    {
        using var bureau = await SignInAsync("demo-bureau");
        var today = CommunityStation.Domain.Common.ChinaDate.Of(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var tomorrow = CommunityStation.Domain.Common.ChinaDate.Of(DateTimeOffset.UtcNow).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(2, ListPages.Total(await bureau.GetDocumentAsync($"/Staff/Filings?tenant={Demo.Yicheng}")));
        Assert.Equal(1, ListPages.Total(await bureau.GetDocumentAsync("/Staff/Filings?search=" + Uri.EscapeDataString("南虹"))));
        Assert.Equal(0, ListPages.Total(await bureau.GetDocumentAsync("/Staff/Filings?status=Acknowledged")));
        Assert.Equal(3, ListPages.Total(await bureau.GetDocumentAsync($"/Staff/Filings?all=true&from={today}&to={today}")));
        Assert.Equal(0, ListPages.Total(await bureau.GetDocumentAsync($"/Staff/Filings?all=true&from={tomorrow}")));
    }

    [Fact]
    public async Task H6_a_town_sees_its_own_filings_only_and_no_tenant_choice()
    {
        using var town = await SignInAsync("demo-town2");
        var page = await town.GetDocumentAsync($"/Staff/Filings?tenant={Demo.Yicheng}");
        Assert.Null(page.QuerySelector("#Tenant"));
        Assert.Equal(["宜兴市丁蜀镇丁山社区事务工作站"], page.QuerySelectorAll("#filings tbody tr").Select(r => r.GetAttribute("data-station")));
    }

    private static async Task FileAsync(PortalClient town, Guid station) =>
        Assert.Equal(HttpStatusCode.Redirect, (await town.SubmitFormAsync($"/Staff/Stations/Roster/{station}", new Dictionary<string, string>(), "#file-form")).StatusCode);

    private Task<Guid> StationAsync(string tenant, string community)
    {
        var communityId = DemoData.CommunityId(tenant, community);
        return QueryAsync(DemoData.TenantId(tenant), db => db.Stations.Where(s => s.CommunityId == communityId).Select(s => s.Id).FirstAsync());
    }
}
