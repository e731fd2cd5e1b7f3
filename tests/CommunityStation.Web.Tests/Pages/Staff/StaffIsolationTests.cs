namespace CommunityStation.Web.Tests.Pages.Staff;

/// <summary>A town official of another tenant gets 404 on every person, station, campaign and filing page.</summary>
[Collection(PortalCollection.Name)]
public sealed class StaffIsolationTests(PortalFactory portal) : PortalTests(portal)
{
    [Theory]
    [InlineData("/Staff/People/Details/{0}")]
    [InlineData("/Staff/People/Edit/{0}")]
    [InlineData("/Staff/Contracts/Create?person={0}")]
    public async Task Another_towns_official_gets_404_for_a_person(string page)
    {
        var person = DeterministicGuid.For("person:yicheng:城中社区:0");
        await Isolation.AssertOtherTenantGets404Async(Portal, "demo-town2", page, person);
    }

    [Fact]
    public async Task Another_towns_official_gets_404_for_a_station_roster()
    {
        await using var db = Portal.CreateDbContext(Demo.Yicheng);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var station = await db.Stations.Where(s => s.CommunityId == Demo.Chengzhong).Select(s => s.Id).FirstAsync();
        await Isolation.AssertOtherTenantGets404Async(Portal, "demo-town2", "/Staff/Stations/Roster/{0}", station);
        await Isolation.AssertOtherTenantGets404Async(Portal, "demo-town2", "/Staff/Stations/Appoint/{0}", station);
        await Isolation.AssertOtherTenantGets404Async(Portal, "demo-town2", "/Staff/Stations/File/{0}", station);
        var post = await db.StationPosts.Where(p => p.StationId == station && p.To == null).Select(p => p.Id).FirstAsync();
        await Isolation.AssertOtherTenantGets404Async(Portal, "demo-town2", $"/Staff/Stations/Post/{station}/{{0}}", post);
        await Isolation.AssertOtherTenantGets404Async(Portal, "demo-town2", $"/Staff/Stations/Deploy/{station}/{{0}}", post);
    }

    [Fact]
    public async Task Another_towns_official_gets_404_for_a_campaign_and_a_filing()
    {
        using var town = await SignInAsync("demo-town");
        var stationPage = await town.GetDocumentAsync("/Staff/Campaigns");
        var vacancy = stationPage.QuerySelector("input.vacancy")!.GetAttribute("name")!;
        var created = await town.SubmitFormAsync("/Staff/Campaigns", new Dictionary<string, string>
        {
            ["Input.Title"] = "隔离测试招聘",
            ["Input.ClosingDate"] = "2026-12-31",
            [vacancy] = "1",
        }, "#campaign-form");
        var campaign = created.Headers.Location!.ToString().Split('/')[^1];
        await Isolation.AssertOtherTenantGets404Async(Portal, "demo-town2", "/Staff/Campaigns/Details/{0}", campaign);
        await Isolation.AssertOtherTenantGets404Async(Portal, "demo-town2", "/Staff/Campaigns/Hire/{0}", campaign);
        await Isolation.AssertOtherTenantGets404Async(Portal, "demo-town2", "/Staff/Campaigns/Cancel/{0}", campaign);

        await using var db = Portal.CreateDbContext(Demo.Yicheng);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var station = await db.Stations.Where(s => s.CommunityId == Demo.Nanhong).Select(s => s.Id).FirstAsync();
        await town.SubmitFormAsync($"/Staff/Stations/Roster/{station}", new Dictionary<string, string>(), "#file-form");
        var filing = await db.RosterFilings.Where(f => f.StationId == station).Select(f => f.Id).FirstOrDefaultAsync();
        if (filing != Guid.Empty)
        {
            await Isolation.AssertOtherTenantGets404Async(Portal, "demo-town2", "/Staff/Filings/Details/{0}", filing);
        }
    }
}
