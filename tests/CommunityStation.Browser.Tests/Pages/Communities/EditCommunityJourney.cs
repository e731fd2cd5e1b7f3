namespace CommunityStation.Browser.Tests.Pages.Communities;

public sealed class EditCommunityJourney(BrowserPortal portal) : BrowserJourney(portal)
{
    [Fact]
    public async Task A_town_official_edits_households_and_sees_the_change_and_its_audit_entry()
    {
        var page = await Portal.SignedInPageAsync("demo-town");

        await page.ClickAsync("a[data-nav='communities']");
        await page.ClickAsync("tr[data-community='氿滨社区'] a:has-text('编辑')");
        await page.FillAsync("#Input_Households", "2999");
        await page.ClickAsync("#save");

        await page.WaitForSelectorAsync("#saved-message");
        Assert.Equal("2999", (await page.TextContentAsync("#households"))?.Trim());

        var history = page.Locator("#change-history tbody tr").First;
        var text = await history.TextContentAsync();
        Assert.Contains("demo-town", text, StringComparison.Ordinal);
        Assert.Contains("2760", text, StringComparison.Ordinal);
        Assert.Contains("2999", text, StringComparison.Ordinal);

        await page.ClickAsync("a[data-nav='communities']");
        Assert.Equal("2999", (await page.Locator("tr[data-community='氿滨社区'] .households").TextContentAsync())?.Trim());
    }

    [Fact]
    public async Task The_language_switch_turns_the_portal_english_and_it_stays_english()
    {
        var page = await Portal.SignedInPageAsync("demo-town");
        await page.ClickAsync("#culture-form button");
        await page.WaitForSelectorAsync("html[lang='en']");
        await page.ClickAsync("a[data-nav='communities']");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("Households", await page.TextContentAsync("#communities thead"), StringComparison.Ordinal);
    }
}
