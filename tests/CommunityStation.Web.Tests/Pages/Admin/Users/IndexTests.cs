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

    [Fact]
    public async Task The_list_pages_with_a_total_and_exports_every_account_of_the_filter_with_roles_by_name()
    {
        using var admin = await SignInAsync("demo-admin");
        var csv = await ListPages.AssertWalksAndExportsAsync(admin, "/Admin/Users?search=demo", "#users tbody tr", r => r.GetAttribute("data-user"));
        Assert.Equal(["用户名", "姓名", "角色"], csv[0].Take(3));
        Assert.Contains(csv, l => l[0] == "demo-head" && l[2] == "站长" && l[3] == "宜城街道" && l[4] == "城中社区");
        Assert.All(csv.Skip(1), l => Assert.StartsWith("demo", l[0], StringComparison.Ordinal));
        Assert.Contains("T", csv[1][^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_state_filter_shows_disabled_accounts_only()
    {
        var user = await Portal.CreateUserAsync("state-probe-disabled", AppRoles.Bureau);
        await using (var db = Portal.CreateDbContext(null))
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE users SET is_disabled = true WHERE user_name = {user}");
        }

        var disabled = Users(await ReadAsAsync("demo-admin", "/Admin/Users?state=disabled"));
        Assert.Contains("state-probe-disabled", disabled);
        Assert.DoesNotContain("demo-admin", disabled);
        Assert.DoesNotContain("state-probe-disabled", Users(await ReadAsAsync("demo-admin", "/Admin/Users?state=active&pageSize=200")));
    }

    private static List<string?> Users(IDocument page) => page.AttributesOf("#users tbody tr", "data-user");
}
