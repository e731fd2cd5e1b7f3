namespace CommunityStation.Web.Tests.Pages;

/// <summary>Every demo role can open every page its navigation offers, in both languages: no 500s, no dead links.</summary>
public sealed class NavigationSmokeTests(PortalFactory portal) : SharedPortalTests(portal)
{
    public static TheoryData<string, string> Users => new()
    {
        { "demo-admin", "zh-CN" }, { "demo-bureau", "zh-CN" }, { "demo-town", "zh-CN" }, { "demo-town2", "zh-CN" },
        { "demo-rc", "zh-CN" }, { "demo-rc2", "zh-CN" }, { "demo-desk", "zh-CN" }, { "demo-head", "zh-CN" },
        { "demo-bureau", "en" }, { "demo-town", "en" }, { "demo-desk", "en" }, { "demo-head", "en" }, { "demo-admin", "en" },
    };

    [Theory]
    [MemberData(nameof(Users))]
    public async Task Every_navigation_link_opens_for_the_role(string user, string culture)
    {
        using var client = await SignInAsync(user);
        await client.UseCultureAsync(culture);
        var home = await client.GetDocumentAsync("/");
        var links = home.QuerySelectorAll("a[data-nav]").Select(a => a.GetAttribute("href")!).Distinct().ToList();
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            var response = await client.GetAsync(link);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{user} ({culture}): {link} answered {(int)response.StatusCode}");
            var page = await PortalClient.ParseAsync(response);

            // Follow one level of in-page links to details pages as well.
            foreach (var inner in page.QuerySelectorAll("main table a[href^='/']").Select(a => a.GetAttribute("href")!).Where(h => !h.Contains("handler=", StringComparison.Ordinal)).Distinct().Take(3))
            {
                var innerResponse = await client.GetAsync(inner);
                Assert.True(innerResponse.StatusCode == HttpStatusCode.OK, $"{user} ({culture}): {inner} (from {link}) answered {(int)innerResponse.StatusCode}");
            }
        }
    }

    [Theory]
    [InlineData("/Public/Stations")]
    [InlineData("/Account/Login")]
    public async Task Public_pages_open_without_signing_in(string url)
    {
        using var client = new PortalClient(Portal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
    }
}
