namespace CommunityStation.Web.Tests.Pages.Desk;

/// <summary>Case, resident and desk ids of another tenant or another station give 404.</summary>
public sealed class DeskIsolationTests(PortalFactory portal) : SharedPortalTests(portal)
{
    public static TheoryData<string> CasePages => new() { "/Desk/Cases/Details/{0}", "/Desk/Cases/Receipt/{0}" };

    private async Task<(Guid Case, Guid Resident)> ChengzhongCaseAsync()
    {
        using var desk = await SignInAsync("demo-desk");
        var (details, _) = await DeskSteps.IntakeAsync(desk, "隔离测试居民", "13800009999");
        var caseId = Guid.Parse(details.Split('/')[^1]);
        await using var db = Portal.CreateDbContext(Demo.Yicheng);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var resident = await db.ServiceCases.Where(c => c.Id == caseId).Select(c => c.ResidentId!.Value).FirstAsync();
        return (caseId, resident);
    }

    [Theory]
    [MemberData(nameof(CasePages))]
    public async Task Another_towns_official_gets_404_for_a_case(string page) =>
        await Isolation.AssertOtherTenantGets404Async(Portal, "demo-town2", page, (await ChengzhongCaseAsync()).Case);

    [Theory]
    [MemberData(nameof(CasePages))]
    public async Task Desk_staff_of_another_station_in_the_same_town_get_404_for_a_case(string page)
    {
        var user = await Portal.CreateUserAsync("desk-nanhong", AppRoles.DeskStaff, "yicheng", "南虹社区");
        await Isolation.AssertOtherTenantGets404Async(Portal, user, page, (await ChengzhongCaseAsync()).Case, PortalFactory.ProbePassword);
    }

    [Theory]
    [InlineData("/Desk/Cases/Work/{0}")]
    [InlineData("/Desk/Cases/Refer/{0}")]
    [InlineData("/Desk/Cases/Reassign/{0}")]
    public async Task Desk_staff_of_another_station_get_404_for_a_case_action_page(string page)
    {
        var user = await Portal.CreateUserAsync("desk-nanhong", AppRoles.DeskStaff, "yicheng", "南虹社区");
        await Isolation.AssertOtherTenantGets404Async(Portal, user, page, (await ChengzhongCaseAsync()).Case, PortalFactory.ProbePassword);
    }

    [Fact]
    public async Task Another_towns_official_and_another_station_get_404_for_a_resident()
    {
        var resident = (await ChengzhongCaseAsync()).Resident;
        await Isolation.AssertOtherTenantGets404Async(Portal, "demo-town2", "/Desk/Residents/Details/{0}", resident);
        var user = await Portal.CreateUserAsync("desk-nanhong", AppRoles.DeskStaff, "yicheng", "南虹社区");
        await Isolation.AssertOtherTenantGets404Async(Portal, user, "/Desk/Residents/Details/{0}", resident, PortalFactory.ProbePassword);
    }

    [Fact]
    public async Task Another_stations_head_gets_404_for_a_desk_and_its_plate()
    {
        var desk = CommunityStation.Infrastructure.Seeding.DeterministicGuid.For("desk:yicheng:城中社区:1");
        var head = await Portal.CreateUserAsync("head-nanhong", AppRoles.StationHead, "yicheng", "南虹社区");
        await Isolation.AssertOtherTenantGets404Async(Portal, head, "/Desk/Desks/Edit/{0}", desk, PortalFactory.ProbePassword);
        await Isolation.AssertOtherTenantGets404Async(Portal, head, "/Desk/Desks/Plate/{0}", desk, PortalFactory.ProbePassword);
        var dingshuHead = await Portal.CreateUserAsync("head-dingshan", AppRoles.StationHead, "dingshu", "丁山社区");
        await Isolation.AssertOtherTenantGets404Async(Portal, dingshuHead, "/Desk/Desks/Plate/{0}", desk, PortalFactory.ProbePassword);
    }

    [Fact]
    public async Task A_public_station_page_under_the_wrong_tenant_is_not_found()
    {
        await using var db = Portal.CreateDbContext(Demo.Yicheng);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var station = await db.Stations.Where(s => s.CommunityId == Demo.Chengzhong).Select(s => s.Id).FirstAsync();
        using var anonymous = new PortalClient(Portal);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await anonymous.GetAsync($"/Public/Stations/yicheng/{station}")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await anonymous.GetAsync($"/Public/Stations/dingshu/{station}")).StatusCode);
    }
}
