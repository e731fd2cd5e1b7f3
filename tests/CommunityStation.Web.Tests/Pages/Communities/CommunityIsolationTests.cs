namespace CommunityStation.Web.Tests.Pages.Communities;

public sealed class CommunityIsolationTests(PortalFactory portal) : SharedPortalTests(portal)
{
    // Every page that takes a community id; a new page is one more entry here.
    private static readonly string[] CommunityPages = ["/Communities/Details/{0}", "/Communities/Edit/{0}", "/Communities/Rename/{0}", "/Communities/Merge/{0}"];

    /// <summary>Each page, for a Dingshu official on a Yicheng community and a Yicheng official on a Dingshu one.</summary>
    public static TheoryData<string, string, Guid> OtherTownsCommunityPages()
    {
        var cases = new TheoryData<string, string, Guid>();
        foreach (var page in CommunityPages)
        {
            cases.Add("demo-town2", page, Demo.Donghong);
            cases.Add("demo-town", page, Demo.Shushan);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(OtherTownsCommunityPages))]
    public Task An_official_gets_404_for_a_community_of_the_other_town(string user, string page, Guid community) =>
        Isolation.AssertOtherTenantGets404Async(Portal, user, page, community);

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
