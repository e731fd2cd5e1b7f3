namespace CommunityStation.Web.Tests.Pages;

/// <summary>
/// Issue 11 item 9: the home pages of the town, the bureau and the RC count the applications waiting for them and
/// those in progress elsewhere, the same counts the applications list shows (one grouped query for every card).
/// </summary>
public sealed class DashboardTests(PortalFactory portal) : SharedPortalTests(portal)
{
    private static int Count(IDocument page, string card) => int.Parse(page.QuerySelector(card)!.TextContent, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("demo-town")]
    [InlineData("demo-town2")]
    [InlineData("demo-bureau")]
    [InlineData("demo-rc")]
    public async Task The_home_page_counts_the_applications_waiting_as_the_queue_lists_them(string role)
    {
        using var client = await SignInAsync(role);
        var home = await client.GetDocumentAsync("/");
        var waiting = Count(home, "#applications-waiting");
        var inProgress = Count(home, "#applications-in-progress");

        var all = ListPages.Total(await client.GetDocumentAsync("/Registration/Applications?all=true"));
        var registered = ListPages.Total(await client.GetDocumentAsync("/Registration/Applications?all=true&status=Registered"));
        Assert.Equal(all - registered, waiting + inProgress);
        if (role != "demo-rc")
        {
            Assert.Equal(ListPages.Total(await client.GetDocumentAsync("/Registration/Applications")), waiting);
        }
    }

    [Fact]
    public async Task The_towns_queue_holds_the_demo_application_and_the_other_town_has_none_waiting()
    {
        Assert.True(Count(await ReadAsAsync("demo-town", "/"), "#applications-waiting") >= 1);
        Assert.Equal("0", (await ReadAsAsync("demo-town2", "/")).QuerySelector("#applications-waiting")!.TextContent);
    }

    [Fact]
    public async Task Desk_staff_see_no_application_counts()
    {
        Assert.Null((await ReadAsAsync("demo-desk", "/")).QuerySelector("#application-counts"));
    }
}
