namespace CommunityStation.Web.Tests.Security;

/// <summary>
/// Issue 9, finding 1: inside one town, a station head or desk clerk reaches their own station only.
/// The head of 南虹社区's station (same town as 城中社区) against 城中社区's people, cases, desks and roster.
/// </summary>
public sealed class ScopeBelowTenantTests(PortalFactory portal) : OwnPortalTests(portal)
{
    private const string OtherHead = "head-nanhong";
    public static TheoryData<string> ChengzhongRecords => new()
    {
        "/Staff/People/Details/{person}",
        "/Staff/People/Details/{person}?reveal=true",
        "/Staff/Stations/Roster/{station}",
        "/Desk/Cases/Details/{case}",
        "/Desk/Cases/Receipt/{case}",
        "/Desk/Desks/Edit/{desk}",
        "/Desk/Desks/Plate/{desk}",
        "/Registration/Stations/Details/{station}",
        "/Registration/Stations/Certificate/{station}",
    };

    [Theory]
    [MemberData(nameof(ChengzhongRecords))]
    public async Task A_head_of_another_station_in_the_same_town_gets_404(string template)
    {
        await Portal.CreateUserAsync(OtherHead, AppRoles.StationHead, "yicheng", "南虹社区");
        var ids = await ChengzhongAsync();
        if (template.Contains("{case}", StringComparison.Ordinal) && ids.Case is null)
        {
            ids = ids with { Case = await IntakeOneCaseAsync() };
        }

        var url = template.Replace("{person}", ids.Person.ToString(), StringComparison.Ordinal)
            .Replace("{station}", ids.Station.ToString(), StringComparison.Ordinal)
            .Replace("{case}", ids.Case.ToString(), StringComparison.Ordinal)
            .Replace("{desk}", ids.Desk.ToString(), StringComparison.Ordinal);

        // Desk plates and desk set-up are the head's; the same URL as the own head answers 200.
        using var own = await SignInAsync("demo-head");
        Assert.Equal(HttpStatusCode.OK, (await own.GetAsync(url)).StatusCode);

        using var other = await SignInAsync(OtherHead, PortalFactory.ProbePassword);
        var response = await other.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"GET {url} as {OtherHead} answered {(int)response.StatusCode}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(ids.PersonName, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_head_sees_only_the_people_of_their_own_station_in_the_register()
    {
        await Portal.CreateUserAsync(OtherHead, AppRoles.StationHead, "yicheng", "南虹社区");
        var ids = await ChengzhongAsync();
        using var other = await SignInAsync(OtherHead, PortalFactory.ProbePassword);
        var list = await other.GetDocumentAsync("/Staff/People");
        Assert.DoesNotContain(ids.PersonName, list.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        using var own = await SignInAsync("demo-head");
        var ownList = await own.GetDocumentAsync("/Staff/People");
        Assert.Contains(ids.PersonName, ownList.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        // The town's actions (register a person, import) are not offered to the head at all, not even as dead buttons.
        Assert.Null(ownList.QuerySelector("#new-person"));
        Assert.Null(ownList.QuerySelector("#import"));
        using var town = await SignInAsync("demo-town");
        Assert.NotNull((await town.GetDocumentAsync("/Staff/People")).QuerySelector("a#new-person"));
    }

    /// <summary>Pages each role's declared reach leaves out.</summary>
    public static TheoryData<string, string> OutsideReach => TheoryRows.Grouped(
        ("demo-head", ["/Staff/Filings", "/Staff/Ratio", "/Staff/Import", "/Staff/People/Edit"]),
        ("demo-desk", ["/Desk/Desks", "/Desk/Station", "/Staff/People"]),
        ("demo-rc", ["/Desk/Cases"]),
        ("demo-town", ["/Desk/Intake"]));

    [Theory]
    [MemberData(nameof(OutsideReach))]
    public async Task Pages_outside_a_roles_declared_reach_are_refused(string user, string url) =>
        await Isolation.AssertDeniedAsync(Portal, user, url);

    [Fact]
    public async Task A_head_cannot_change_a_person_or_add_a_workforce_side()
    {
        var ids = await ChengzhongAsync();
        using var head = await SignInAsync("demo-head");
        var edit = await head.PostAsync($"/Staff/People/Edit/{ids.Person}", new Dictionary<string, string> { ["Input.Phone"] = "13800000000" });
        Assert.True(edit.StatusCode == HttpStatusCode.Redirect && edit.Headers.Location!.OriginalString.Contains("AccessDenied", StringComparison.Ordinal), $"edit answered {(int)edit.StatusCode}");
        var side = await head.PostAsync($"/Staff/People/Details/{ids.Person}?handler=Side", new Dictionary<string, string> { ["Input.CommunityId"] = Demo.Nanhong.ToString(), ["Input.Side"] = "StationStaff", ["Input.From"] = "2026-01-01" }, $"/Staff/People/Details/{ids.Person}");
        Assert.True(side.StatusCode == HttpStatusCode.Redirect && side.Headers.Location!.OriginalString.Contains("AccessDenied", StringComparison.Ordinal), $"side answered {(int)side.StatusCode}");
    }

    private async Task<Ids> ChengzhongAsync()
    {
        await using var db = Portal.CreateDbContext(Demo.Yicheng);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var station = await db.Stations.Where(s => s.CommunityId == Demo.Chengzhong && s.Status == StationStatus.Registered).Select(s => s.Id).FirstAsync();
        var person = await db.StationPosts.Where(p => p.StationId == station && p.To == null)
            .Join(db.People, p => p.PersonId, x => x.Id, (p, x) => new { x.Id, x.Name })
            .Where(x => !db.StationPosts.Any(p => p.PersonId == x.Id && p.StationId != station) && !db.WorkforceAssignments.Any(w => w.PersonId == x.Id && w.CommunityId != Demo.Chengzhong))
            .FirstAsync();
        var desk = await db.Desks.Where(d => d.StationId == station).Select(d => d.Id).FirstAsync();
        var serviceCase = await db.ServiceCases.Where(c => c.StationId == station).Select(c => (Guid?)c.Id).FirstOrDefaultAsync();
        return new Ids(station, person.Id, person.Name, desk, serviceCase);
    }

    private async Task<Guid> IntakeOneCaseAsync()
    {
        using var desk = await SignInAsync("demo-desk");
        var page = await desk.GetDocumentAsync("/Desk/Intake");
        var item = page.QuerySelector("select[name='Input.ServiceItemId'] option[value]:not([value=''])")!.GetAttribute("value")!;
        var response = await desk.SubmitFormAsync("/Desk/Intake", new Dictionary<string, string>
        {
            ["Input.ServiceItemId"] = item,
            ["Input.Anonymous"] = "true",
            ["Input.Request"] = "范围测试",
        }, "form#intake-form");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    private sealed record Ids(Guid Station, Guid Person, string PersonName, Guid Desk, Guid? Case);
}
