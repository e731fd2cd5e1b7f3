using CommunityStation.Web.Tests.Infrastructure;

namespace CommunityStation.Web.Tests.Pages.Communities;

[Collection(PortalCollection.Name)]
public sealed class CommunityIsolationTests(PortalFactory portal) : PortalTests(portal)
{
    // Every page that takes a community id; a new page is one more line here.
    public static TheoryData<string> CommunityPages => new()
    {
        "/Communities/Details/{0}",
        "/Communities/Edit/{0}",
    };

    [Theory]
    [MemberData(nameof(CommunityPages))]
    public Task A_dingshu_official_gets_404_for_a_yicheng_community(string page) =>
        Isolation.AssertOtherTenantGets404Async(Portal, "demo-town2", page, Demo.Donghong);

    [Theory]
    [MemberData(nameof(CommunityPages))]
    public Task A_yicheng_official_gets_404_for_a_dingshu_community(string page) =>
        Isolation.AssertOtherTenantGets404Async(Portal, "demo-town", page, Demo.Shushan);

    [Fact]
    public async Task The_community_list_shows_only_the_officials_own_tenant()
    {
        using var client = await SignInAsync("demo-town2");
        var page = await client.GetDocumentAsync("/Communities");
        var names = page.QuerySelectorAll("#communities tbody tr").Select(r => r.GetAttribute("data-community")).ToList();
        Assert.Contains("蜀山社区", names);
        Assert.DoesNotContain("东虹社区", names);
    }

    [Fact]
    public async Task The_bureau_sees_every_tenant_read_only_and_the_city_read_is_audited()
    {
        using var client = await SignInAsync("demo-bureau");
        var page = await client.GetDocumentAsync("/Communities");
        var names = page.QuerySelectorAll("#communities tbody tr").Select(r => r.GetAttribute("data-community")).ToList();
        Assert.Contains("蜀山社区", names);
        Assert.Contains("东虹社区", names);
        Assert.Empty(page.QuerySelectorAll("a[href^='/Communities/Edit']"));

        var edit = await client.GetAsync($"/Communities/Edit/{Demo.Donghong}");
        Assert.NotEqual(System.Net.HttpStatusCode.OK, edit.StatusCode);

        await using var db = Portal.CreateDbContext(null);
        Assert.True(await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.AuditEntries, a => a.Kind == "CityRead" && a.UserName == "demo-bureau"));
    }
}
