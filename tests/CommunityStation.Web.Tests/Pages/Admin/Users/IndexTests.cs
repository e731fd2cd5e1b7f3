namespace CommunityStation.Web.Tests.Pages.Admin.Users;

/// <summary>Admin/Users (the account list): the tenant, role and search filters. Own database: the class adds accounts.</summary>
public sealed class IndexTests(PortalFactory portal) : OwnPortalTests(portal)
{
    [Fact]
    public async Task The_list_narrows_by_search_role_and_tenant()
    {
        await Portal.CreateUserAsync("list-probe-town", AppRoles.TownOfficial, "yicheng");
        await Portal.CreateUserAsync("list-probe-desk", AppRoles.DeskStaff, "yicheng", "城中社区");
        await Portal.CreateUserAsync("list-probe-other", AppRoles.TownOfficial, "dingshu");

        var searched = Users(await ReadAsAsync("demo-admin", "/Admin/Users?search=list-probe"));
        Assert.Equal(new string?[] { "list-probe-desk", "list-probe-other", "list-probe-town" }, searched);

        var byRole = Users(await ReadAsAsync("demo-admin", $"/Admin/Users?search=list-probe&role={AppRoles.DeskStaff}"));
        Assert.Equal(new string?[] { "list-probe-desk" }, byRole);

        var byTenant = Users(await ReadAsAsync("demo-admin", $"/Admin/Users?search=list-probe&tenant={Demo.Yicheng}"));
        Assert.Equal(new string?[] { "list-probe-desk", "list-probe-town" }, byTenant);
    }

    [Fact]
    public async Task The_tenant_filter_offers_every_tenant_and_keeps_the_choice()
    {
        var page = await ReadAsAsync("demo-admin", $"/Admin/Users?tenant={Demo.Yicheng}");
        var options = page.QuerySelectorAll("#Tenant option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains(Demo.Yicheng.ToString(), options);
        Assert.Contains(Demo.Dingshu.ToString(), options);
        Assert.Equal(Demo.Yicheng.ToString(), page.QuerySelector("#Tenant option[selected]")!.GetAttribute("value"));
    }

    private static List<string?> Users(IDocument page) => page.AttributesOf("#users tbody tr", "data-user");
}
