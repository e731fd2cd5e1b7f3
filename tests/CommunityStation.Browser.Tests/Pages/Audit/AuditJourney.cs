namespace CommunityStation.Browser.Tests.Pages.Audit;

/// <summary>The audit log as the bureau reads it in Chromium: names, a before/after field table, Beijing time, filters and the export of the filter.</summary>
public sealed class AuditJourney(BrowserPortal portal) : BrowserJourney(portal)
{
    private const string Households = ".audit-changes tr[data-field='Households']";

    [Fact]
    public async Task The_bureau_finds_a_towns_change_by_entity_and_words_reads_it_as_a_field_table_and_exports_it()
    {
        // The town changes a community's households (南虹社区: no other journey edits it).
        var town = await Portal.SignedInPageAsync("demo-town");
        await town.GotoAsync($"/Communities/Edit/{CommunityStation.Infrastructure.Seeding.DemoData.CommunityId("yicheng", "南虹社区")}");
        await town.FillAsync("#Input_Households", "1977");
        await town.ClickAsync("#save");
        await town.WaitForSelectorAsync("#saved-message");

        var bureau = await Portal.SignedInPageAsync("demo-bureau");
        await bureau.ClickAsync("a[data-nav='audit']");
        await bureau.SelectOptionAsync("#Entity", new SelectOptionValue { Label = "社区" });
        await bureau.SelectOptionAsync("#Kind", new SelectOptionValue { Label = "修改" });
        await bureau.FillAsync("#q", "1977");
        await bureau.ClickAsync("#audit-search");

        var row = bureau.Locator("#audit-entries > tbody > tr").First;
        Assert.Equal(1, await bureau.Locator("#audit-entries > tbody > tr").CountAsync());
        Assert.Equal("社区", (await row.Locator(".audit-entity").TextContentAsync())?.Trim());
        Assert.Equal("户数", (await row.Locator(Households + " .audit-field").TextContentAsync())?.Trim());
        Assert.Equal("1950", (await row.Locator(Households + " .audit-before").TextContentAsync())?.Trim());
        Assert.Equal("1977", (await row.Locator(Households + " .audit-after").TextContentAsync())?.Trim());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", (await row.Locator(".audit-time").TextContentAsync())!.Trim());
        Assert.DoesNotContain("{\"", await row.TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("1", await bureau.GetAttributeAsync(".pager", "data-total"));

        var download = await bureau.RunAndWaitForDownloadAsync(() => bureau.ClickAsync("#export-csv"));
        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("时间,时间（UTC）,类型", lines[0], StringComparison.Ordinal);
        Assert.Contains("户数: 1950 → 1977", lines[1], StringComparison.Ordinal);
    }
}
