namespace CommunityStation.Web.Tests.Pages.Registration;

/// <summary>A town official of another tenant (and an RC of another community) gets 404 on every page and document.</summary>
public sealed class RegistrationIsolationTests(PortalFactory portal) : SharedPortalTests(portal)
{
    public static TheoryData<string> ApplicationPages => new()
    {
        "/Registration/Applications/Details/{0}",
        "/Registration/Applications/Opinion/{0}",
        "/Registration/Applications/Decide/{0}",
    };

    // RC-only pages: a town official is refused by role before the id is looked at.
    public static TheoryData<string> RcApplicationPages => new()
    {
        "/Registration/Applications/Details/{0}",
        "/Registration/Applications/Edit/{0}",
        "/Registration/Applications/Opinion/{0}",
        "/Registration/Applications/Upload/{0}?slot=Charter",
        "/Registration/Applications/Submit/{0}",
    };

    public static TheoryData<string> StationPages => new()
    {
        "/Registration/Stations/Details/{0}",
        "/Registration/Stations/Certificate/{0}",
        "/Registration/Stations/Plaque/{0}",
    };

    [Theory]
    [MemberData(nameof(ApplicationPages))]
    public Task Another_towns_official_gets_404_for_an_application(string page) =>
        Isolation.AssertOtherTenantGets404Async(Portal, "demo-town2", page, Demo.ChengzhongApplication);

    [Theory]
    [MemberData(nameof(RcApplicationPages))]
    public Task An_rc_officer_of_another_town_gets_404(string page) =>
        Isolation.AssertOtherTenantGets404Async(Portal, "demo-rc2", page, Demo.ChengzhongApplication);

    [Theory]
    [MemberData(nameof(RcApplicationPages))]
    public async Task An_rc_officer_of_another_community_in_the_same_town_gets_404(string page)
    {
        var user = await Portal.CreateUserAsync("rc-nanhong", AppRoles.RcOfficer, "yicheng", "南虹社区");
        await Isolation.AssertOtherTenantGets404Async(Portal, user, page, Demo.ChengzhongApplication, PortalFactory.ProbePassword);
    }

    [Theory]
    [MemberData(nameof(StationPages))]
    public async Task Another_towns_official_gets_404_for_a_station(string page) =>
        await Isolation.AssertOtherTenantGets404Async(Portal, "demo-town2", page, await ChengzhongStationAsync());

    [Fact]
    public async Task Another_towns_official_gets_404_for_a_document()
    {
        var document = await QueryAsync(Demo.Yicheng, db => db.ApplicationDocuments.Where(d => d.ApplicationId == Demo.ChengzhongApplication).Select(d => d.Id).FirstAsync());
        await Isolation.AssertOtherTenantGets404Async(Portal, "demo-town2", "/Registration/Documents/Download/{0}", document);
        // Desk staff of the same town hold no registration capability at all (AccessDeclaration).
        await Isolation.AssertDeniedAsync(Portal, "demo-desk", $"/Registration/Documents/Download/{document}");
    }

    [Fact]
    public async Task The_owning_town_and_the_bureau_can_open_the_same_pages()
    {
        foreach (var user in new[] { "demo-town", "demo-bureau" })
        {
            using var client = await SignInAsync(user);
            await client.GetDocumentAsync($"/Registration/Applications/Details/{Demo.ChengzhongApplication}");
            await client.GetDocumentAsync($"/Registration/Stations/Certificate/{await ChengzhongStationAsync()}");
        }
    }

    private Task<Guid> ChengzhongStationAsync() =>
        QueryAsync(Demo.Yicheng, db => db.Stations.Where(s => s.CommunityId == Demo.Chengzhong).Select(s => s.Id).FirstAsync());
}
