namespace CommunityStation.Web.Tests.Pages.Staff;

/// <summary>A town official of another tenant gets 404 on every person, station, campaign, applicant and filing page.</summary>
public sealed class StaffIsolationTests(PortalFactory portal) : SharedPortalTests(portal)
{
    [Fact]
    public Task Another_towns_official_gets_404_for_a_person() =>
        Isolation.AssertOtherTenantGets404OnEachAsync(
            Portal, "demo-town2", DeterministicGuid.For("person:yicheng:城中社区:0"), "/Staff/People/Details/{0}", "/Staff/People/Edit/{0}", "/Staff/Contracts/Create?person={0}");

    [Fact]
    public async Task Another_towns_official_gets_404_for_a_station_roster()
    {
        var station = await QueryAsync(Demo.Yicheng, db => db.Stations.Where(s => s.CommunityId == Demo.Chengzhong).Select(s => s.Id).FirstAsync());
        await Isolation.AssertOtherTenantGets404OnEachAsync(Portal, "demo-town2", station, "/Staff/Stations/Roster/{0}", "/Staff/Stations/Appoint/{0}", "/Staff/Stations/File/{0}");
        var post = await QueryAsync(Demo.Yicheng, db => db.StationPosts.Where(p => p.StationId == station && p.To == null).Select(p => p.Id).FirstAsync());
        await Isolation.AssertOtherTenantGets404OnEachAsync(Portal, "demo-town2", post, $"/Staff/Stations/Post/{station}/{{0}}", $"/Staff/Stations/Deploy/{station}/{{0}}");
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
        await Isolation.AssertOtherTenantGets404OnEachAsync(Portal, "demo-town2", campaign, "/Staff/Campaigns/Details/{0}", "/Staff/Campaigns/Apply/{0}", "/Staff/Campaigns/Hire/{0}", "/Staff/Campaigns/Cancel/{0}");

        // An applicant's page (particulars, reveal, withdrawal) by the applicant's id.
        await town.SaveFormAsync($"/Staff/Campaigns/Apply/{campaign}", Campaigns.CampaignSteps.Applicant("隔离报名"), "#applicant-form");
        var applicant = await QueryAsync(Demo.Yicheng, db => db.CampaignApplicants.Where(a => a.CampaignId == Guid.Parse(campaign)).Select(a => a.Id).SingleAsync());
        await Isolation.AssertOtherTenantGets404OnEachAsync(Portal, "demo-town2", applicant, "/Staff/Campaigns/Applicant/{0}", "/Staff/Campaigns/Applicant/{0}?reveal=true");

        var station = await QueryAsync(Demo.Yicheng, db => db.Stations.Where(s => s.CommunityId == Demo.Nanhong).Select(s => s.Id).FirstAsync());
        await town.SubmitFormAsync($"/Staff/Stations/Roster/{station}", new Dictionary<string, string>(), "#file-form");
        var filing = await QueryAsync(Demo.Yicheng, db => db.RosterFilings.Where(f => f.StationId == station).Select(f => f.Id).FirstOrDefaultAsync());
        if (filing != Guid.Empty)
        {
            await Isolation.AssertOtherTenantGets404Async(Portal, "demo-town2", "/Staff/Filings/Details/{0}", filing);
        }
    }
}
