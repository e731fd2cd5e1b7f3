namespace CommunityStation.Web.Tests.Pages;

/// <summary>Issue 11: the skip link, and the larger-text and high-contrast choices that persist (rendered by the server, no flash).</summary>
[Collection(PortalCollection.Name)]
public sealed class DisplayPreferencesTests(PortalFactory portal) : PortalTests(portal)
{
    [Fact]
    public async Task Every_page_starts_with_a_skip_link_to_the_main_content()
    {
        using var desk = await SignInAsync("demo-desk");
        var page = await desk.GetDocumentAsync("/Desk");

        var skip = page.QuerySelector("body > a.skip-link")!;
        Assert.Equal("#main", skip.GetAttribute("href"));
        Assert.Equal("跳到主要内容", skip.TextContent.Trim());
        Assert.Same(skip, page.Body!.FirstElementChild);
        Assert.NotNull(page.QuerySelector("main#main"));
    }

    [Fact]
    public async Task Larger_text_chosen_on_a_staff_page_is_kept_and_rendered_by_the_server_until_turned_off()
    {
        using var desk = await SignInAsync("demo-desk");
        var before = await desk.GetDocumentAsync("/Desk");
        Assert.False(before.DocumentElement.ClassList.Contains("text-large"));
        Assert.Equal("false", before.QuerySelector("#text-size-toggle")!.GetAttribute("aria-pressed"));

        var chosen = await desk.PostAsync("/Culture?handler=Display", new Dictionary<string, string> { ["text"] = "large", ["returnUrl"] = "/Desk" }, "/Desk");
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Equal("/Desk", chosen.Headers.Location!.OriginalString);

        var after = await desk.GetDocumentAsync("/Desk/Cases");
        Assert.True(after.DocumentElement.ClassList.Contains("text-large"));
        Assert.Equal("true", after.QuerySelector("#text-size-toggle")!.GetAttribute("aria-pressed"));
        Assert.Equal("normal", after.QuerySelector("#text-size-toggle")!.GetAttribute("value"));

        await desk.PostAsync("/Culture?handler=Display", new Dictionary<string, string> { ["text"] = "normal", ["returnUrl"] = "/Desk" }, "/Desk");
        Assert.False((await desk.GetDocumentAsync("/Desk")).DocumentElement.ClassList.Contains("text-large"));
    }

    [Fact]
    public async Task A_resident_page_offers_high_contrast_and_keeps_it_for_the_next_page()
    {
        using var resident = new PortalClient(Portal);
        var stations = await resident.GetDocumentAsync("/Public/Stations");
        Assert.NotNull(stations.QuerySelector("#contrast-toggle"));
        Assert.Null(stations.QuerySelector("#text-size-toggle"));

        var chosen = await resident.PostAsync("/Culture?handler=Display", new Dictionary<string, string> { ["contrast"] = "high", ["returnUrl"] = "/Public/Stations" }, "/Public/Stations");
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);

        var after = await resident.GetDocumentAsync("/Public/Stations");
        Assert.True(after.DocumentElement.ClassList.Contains("contrast-high"));
        Assert.Equal("true", after.QuerySelector("#contrast-toggle")!.GetAttribute("aria-pressed"));
    }

    [Fact]
    public async Task A_foreign_return_address_on_the_display_switch_goes_home()
    {
        using var visitor = new PortalClient(Portal);
        var response = await visitor.PostAsync("/Culture?handler=Display", new Dictionary<string, string> { ["contrast"] = "high", ["returnUrl"] = "https://example.com/" }, "/Account/Login");
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }
}
