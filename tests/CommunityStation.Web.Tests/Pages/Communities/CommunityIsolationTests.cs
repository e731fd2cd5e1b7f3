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
        var (_, names) = await CommunityListAsync("demo-town2");
        Assert.Contains("蜀山社区", names);
        Assert.DoesNotContain("东虹社区", names);
    }

    [Fact]
    public async Task The_bureau_sees_every_tenant_read_only_and_the_city_read_is_audited()
    {
        var (page, names) = await CommunityListAsync("demo-bureau");
        Assert.Contains("蜀山社区", names);
        Assert.Contains("东虹社区", names);
        Assert.Empty(page.QuerySelectorAll("a[href^='/Communities/Edit']"));

        using var client = await SignInAsync("demo-bureau");
        var edit = await client.GetAsync($"/Communities/Edit/{Demo.Donghong}");
        Assert.NotEqual(HttpStatusCode.OK, edit.StatusCode);

        await using var db = Portal.CreateDbContext(null);
        Assert.True(await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.AuditEntries, a => a.Kind == "CityRead" && a.UserName == "demo-bureau"));
    }

    /// <summary>The community list as <paramref name="userName"/> sees it, and the communities it names.</summary>
    private async Task<(AngleSharp.Dom.IDocument Page, List<string?> Names)> CommunityListAsync(string userName)
    {
        using var client = await SignInAsync(userName);
        var page = await client.GetDocumentAsync("/Communities");
        return (page, page.AttributesOf("#communities tbody tr", "data-community"));
    }
}
