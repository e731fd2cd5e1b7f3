namespace CommunityStation.Web.Tests.Pages.Staff;

/// <summary>Issue 10: a page records who acted as <c>UserAccess.Actor</c> does, with the user id and the display name.</summary>
public sealed class ActorRecordingTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _portal;

    public ActorRecordingTests(PortalFactory portal)
    {
        _portal = portal;
    }

    private async Task<(Guid Id, string DisplayName)> UserAsync(string userName)
    {
        await using var db = _portal.CreateDbContext(null);
        return await db.Users.Where(u => u.UserName == userName).Select(u => new ValueTuple<Guid, string>(u.Id, u.DisplayName)).SingleAsync();
    }

    [Fact]
    public async Task Actor_a_town_officials_roster_filing_stores_their_user_id_and_display_name()
    {
        var town = await UserAsync("demo-town");
        var bureau = await UserAsync("demo-bureau");
        Assert.NotEqual("demo-town", town.DisplayName); // the display name, not the login, is what the history shows
        Guid station;
        await using (var db = _portal.CreateDbContext(DemoData.TenantId("yicheng")))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var communityId = DemoData.CommunityId("yicheng", "城中社区");
            station = await db.Stations.Where(s => s.CommunityId == communityId).Select(s => s.Id).FirstAsync();
        }

        using var official = await PortalClient.SignedInAsync(_portal, "demo-town");
        var filed = await official.SubmitFormAsync($"/Staff/Stations/Roster/{station}", new Dictionary<string, string>(), "#file-form");
        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);

        using var bureauClient = await PortalClient.SignedInAsync(_portal, "demo-bureau");
        var list = await bureauClient.GetDocumentAsync("/Staff/Filings");
        var row = list.QuerySelector("#filings tr[data-station='宜兴市宜城街道城中社区事务工作站']")!;
        Assert.Contains(town.DisplayName, row.TextContent, StringComparison.Ordinal);
        var link = row.QuerySelector("a")!.GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.Redirect, (await bureauClient.SubmitFormAsync(link, new Dictionary<string, string>(), "#decide-form", link + "?handler=Acknowledge")).StatusCode);

        await using var check = _portal.CreateDbContext(DemoData.TenantId("yicheng"));
        await using var read = await check.Database.BeginTransactionAsync();
        var filing = await check.RosterFilings.Where(f => f.StationId == station).OrderByDescending(f => f.Filed.At).FirstAsync();
        Assert.Equal(((Guid?)town.Id, town.DisplayName), (filing.Filed.ById, filing.Filed.By));
        Assert.Equal(((Guid?)bureau.Id, bureau.DisplayName), (filing.Decided?.ById, filing.Decided?.By));
    }
}
