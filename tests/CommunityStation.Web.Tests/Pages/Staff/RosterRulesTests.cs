namespace CommunityStation.Web.Tests.Pages.Staff;

/// <summary>Issue 10 at the pages: the roster, deployment and ratio rules as the source says them.</summary>
public sealed class RosterRulesTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _portal;

    public RosterRulesTests(PortalFactory portal)
    {
        _portal = portal;
    }

    private async Task<Guid> StationAsync(string tenant, string community)
    {
        await using var db = _portal.CreateDbContext(DemoData.TenantId(tenant));
        await using var transaction = await db.Database.BeginTransactionAsync();
        var communityId = DemoData.CommunityId(tenant, community);
        return await db.Stations.Where(s => s.CommunityId == communityId).Select(s => s.Id).FirstAsync();
    }

    private static Dictionary<string, string> Appointment(Guid person, PostKind kind, bool fullTime) => new()
    {
        ["Input.PersonId"] = person.ToString(),
        ["Input.Kind"] = kind.ToString(),
        ["Input.FullTime"] = fullTime ? "true" : "false",
        ["Input.Duties"] = "D9",
    };

    [Fact]
    public async Task S3_head_may_be_part_time()
    {
        var station = await StationAsync("yicheng", "城中社区");
        Guid secretary;
        await using (var db = _portal.CreateDbContext(Demo.Yicheng))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            secretary = await db.Communities.Where(c => c.Id == Demo.Chengzhong).Select(c => c.PartySecretaryId!.Value).FirstAsync();
        }

        using var official = await PortalClient.SignedInAsync(_portal, "demo-town");
        var response = await official.SubmitFormAsync($"/Staff/Stations/Appoint/{station}", Appointment(secretary, PostKind.Head, fullTime: false), "#post-form");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var head = (await official.GetDocumentAsync($"/Staff/Stations/Roster/{station}")).QuerySelector("#roster tr[data-kind='Head']")!;
        Assert.Contains("兼职", head.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task H6_roster_files_with_a_vacant_post_and_shows_it()
    {
        var station = await StationAsync("yicheng", "南虹社区");
        using var official = await PortalClient.SignedInAsync(_portal, "demo-town");
        var roster = $"/Staff/Stations/Roster/{station}";
        var endHead = (await official.GetDocumentAsync(roster)).QuerySelector("#roster tr[data-kind='Head'] form[action*='handler=End']")!.GetAttribute("action")!;
        Assert.Equal(HttpStatusCode.Redirect, (await official.PostAsync(endHead, new Dictionary<string, string>(), roster)).StatusCode);
        Assert.NotNull((await official.GetDocumentAsync(roster)).QuerySelector(".roster-vacancy[data-kind='Head']"));

        var filed = await official.SubmitFormAsync(roster, new Dictionary<string, string>(), "#file-form");
        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);

        using var bureau = await PortalClient.SignedInAsync(_portal, "demo-bureau");
        var link = (await bureau.GetDocumentAsync("/Staff/Filings")).QuerySelector("#filings tr[data-station='宜兴市宜城街道南虹社区事务工作站'] a")!.GetAttribute("href")!;
        var filing = await bureau.GetDocumentAsync(link);
        Assert.Contains("站长", Assert.Single(filing.QuerySelectorAll("#filed-lines .filed-vacancy")).TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await bureau.SubmitFormAsync(link, new Dictionary<string, string>(), "#decide-form", link + "?handler=Acknowledge")).StatusCode);
    }

    [Fact]
    public async Task H5_deployment_moves_side_post_and_contract()
    {
        var (from, to) = (await StationAsync("yicheng", "城中社区"), await StationAsync("yicheng", "南虹社区"));
        using var official = await PortalClient.SignedInAsync(_portal, "demo-town");
        var roster = await official.GetDocumentAsync($"/Staff/Stations/Roster/{from}");
        var row = roster.QuerySelectorAll("#roster tr[data-kind='Staff']").First(r => r.QuerySelector("a.deploy-link") is not null);
        var deploy = row.QuerySelector("a.deploy-link")!.GetAttribute("href")!;
        var person = Guid.Parse(row.QuerySelector("a[href^='/Staff/People/Details/']")!.GetAttribute("href")!.Split('/')[^1]);

        var response = await official.SubmitFormAsync(deploy, new Dictionary<string, string> { ["Input.ToStation"] = to.ToString() }, "#deploy-form");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        await using var db = _portal.CreateDbContext(Demo.Yicheng);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var deployment = await db.Deployments.SingleAsync(d => d.PersonId == person && d.FromStationId == from && d.ToStationId == to);
        var on = deployment.On;
        var posts = await db.StationPosts.Where(p => p.PersonId == person).ToListAsync();
        Assert.DoesNotContain(posts, p => p.StationId == from && p.IsCurrent);
        Assert.Contains(posts, p => p.StationId == to && p.IsCurrent && p.From == on);

        // The side: S1 now counts them at the new community; the old one is closed the day before (history, not overwritten).
        var sides = await db.WorkforceAssignments.Where(w => w.PersonId == person && w.Side == WorkforceSide.StationStaff).ToListAsync();
        Assert.Equal(Demo.Nanhong, Assert.Single(sides, s => s.IsCurrentOn(on)).CommunityId);
        Assert.Contains(sides, s => s.CommunityId == Demo.Chengzhong && s.To == on.AddDays(-1));

        // The contract: closed at the old station the day before, continued at the new one.
        var contracts = await db.Contracts.Where(c => c.PersonId == person).ToListAsync();
        var old = Assert.Single(contracts, c => c.StationId == from);
        Assert.Equal(on.AddDays(-1), old.End);
        var moved = Assert.Single(contracts, c => c.StationId == to);
        Assert.Equal((old.Id, on), (moved.DeployedFrom, moved.Start));
    }

    [Fact]
    public async Task S1_counts_a_person_in_two_roles_once()
    {
        using var official = await PortalClient.SignedInAsync(_portal, "demo-town");
        var page = await official.GetDocumentAsync("/Staff/Ratio");
        var row = page.QuerySelector("#community-ratios tr[data-community='城中社区']")!;
        int Cell(int index) => int.Parse(row.QuerySelectorAll("td")[index].TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture);

        // Demo 城中社区: the secretary is party staff and station staff, one staff member also sits on the RC.
        var (party, rc, station, actual) = (Cell(4), Cell(5), Cell(6), Cell(7));
        Assert.True(actual < party + rc + station, $"{actual} people in {party + rc + station} roles");
        await using var db = _portal.CreateDbContext(Demo.Yicheng);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var today = DateOnly.Parse(page.QuerySelector("#On")!.GetAttribute("value")!, System.Globalization.CultureInfo.InvariantCulture);
        var people = await db.WorkforceAssignments
            .Where(w => w.CommunityId == Demo.Chengzhong && w.Side != WorkforceSide.Assistant && w.From <= today && (w.To == null || w.To >= today))
            .Select(w => w.PersonId).Distinct().CountAsync();
        Assert.Equal(people, actual);
    }

    [Fact]
    public async Task S1_deregistered_stations_are_left_out_of_ratios()
    {
        var station = await StationAsync("heqiao", "和桥社区");
        await using (var db = _portal.CreateDbContext(DemoData.TenantId("heqiao")))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.Stations.Where(s => s.Id == station).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, StationStatus.Deregistered));
            await transaction.CommitAsync();
        }

        using var bureau = await PortalClient.SignedInAsync(_portal, "demo-bureau");
        var page = await bureau.GetDocumentAsync("/Staff/Ratio");
        Assert.Null(page.QuerySelector("#community-ratios tr[data-community='和桥社区']"));
        Assert.NotNull(page.QuerySelector("#community-ratios tr[data-community='南新社区']")); // no station yet: still expected to reach the standard
        var town = page.QuerySelector("#town-ratios tr[data-town='和桥镇']")!;
        Assert.Equal((1210 + 1090).ToString(System.Globalization.CultureInfo.InvariantCulture), town.QuerySelectorAll("td")[1].TextContent.Trim());
    }

    [Fact]
    public async Task S3_head_is_secretary_or_director_by_person_not_by_name()
    {
        var station = await StationAsync("yicheng", "城中社区");
        using var official = await PortalClient.SignedInAsync(_portal, "demo-town");
        var edit = $"/Communities/Edit/{Demo.Chengzhong}";
        var options = (await official.GetDocumentAsync(edit)).QuerySelectorAll("#Input_RcDirectorId option[value!='']").ToList();
        var director = options.First(o => !o.HasAttribute("selected"));
        var directorId = Guid.Parse(director.GetAttribute("value")!);
        Assert.Equal(HttpStatusCode.Redirect, (await official.SubmitFormAsync(edit, new Dictionary<string, string> { ["Input.RcDirectorId"] = directorId.ToString() })).StatusCode);

        // A namesake of the director, elsewhere in the town: the same name is not the same person.
        Guid namesake;
        await using (var db = _portal.CreateDbContext(Demo.Yicheng))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            Assert.Equal((directorId, director.TextContent.Trim()), await db.Communities.Where(c => c.Id == Demo.Chengzhong).Select(c => new ValueTuple<Guid, string>(c.RcDirectorId!.Value, c.RcDirectorName!)).FirstAsync());
            var other = await db.People.FirstAsync(p => p.Id == DeterministicGuid.For("person:yicheng:南虹社区:5"));
            other.Update(director.TextContent.Trim(), other.IdNumber, other.Phone, other.Education, other.Computer, other.SocialWorkMajor, other.SocialWorkerCertificate);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            namesake = other.Id;
        }

        var appoint = $"/Staff/Stations/Appoint/{station}";
        var refused = await official.SubmitFormAsync(appoint, Appointment(namesake, PostKind.Head, fullTime: false), "#post-form");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("S3", (await PortalClient.ParseAsync(refused)).QuerySelector("span[data-valmsg-for='Input.Reason']")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await official.SubmitFormAsync(appoint, Appointment(directorId, PostKind.Head, fullTime: false), "#post-form")).StatusCode);
        await using var check = _portal.CreateDbContext(Demo.Yicheng);
        await using var reading = await check.Database.BeginTransactionAsync();
        var head = await check.StationPosts.SingleAsync(p => p.StationId == station && p.Kind == PostKind.Head && p.To == null);
        Assert.Equal(directorId, head.PersonId);
        await using var audit = _portal.CreateDbContext(null);
        Assert.False(await audit.AuditEntries.AnyAsync(a => a.Kind == "SoftRuleOverride" && a.EntityKey == head.Id.ToString()));
    }

    [Fact]
    public async Task S3_an_override_is_audited_with_the_appointment_it_allowed()
    {
        var station = await StationAsync("yicheng", "南虹社区");
        using var official = await PortalClient.SignedInAsync(_portal, "demo-town");
        var fields = Appointment(DeterministicGuid.For("person:yicheng:南虹社区:6"), PostKind.Head, fullTime: false);
        fields["Input.Reason"] = "书记长期病假";
        Assert.Equal(HttpStatusCode.Redirect, (await official.SubmitFormAsync($"/Staff/Stations/Appoint/{station}", fields, "#post-form")).StatusCode);

        await using var db = _portal.CreateDbContext(Demo.Yicheng);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var head = await db.StationPosts.FirstAsync(p => p.StationId == station && p.Kind == PostKind.Head && p.To == null);
        await using var audit = _portal.CreateDbContext(null);
        var entry = await audit.AuditEntries.SingleAsync(a => a.Kind == "SoftRuleOverride" && a.EntityKey == head.Id.ToString());
        Assert.Equal(("demo-town", "StationPost", Demo.Yicheng), (entry.UserName, entry.Entity, entry.TenantId));
        Assert.Contains("书记长期病假", entry.Detail, StringComparison.Ordinal);
    }
}
