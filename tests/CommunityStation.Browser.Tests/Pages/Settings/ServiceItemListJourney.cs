using System.Globalization;

namespace CommunityStation.Browser.Tests.Pages.Settings;

/// <summary>One list in Chromium: the bureau filters the service items by duty area (by name), pages them and exports what the filter shows.</summary>
public sealed class ServiceItemListJourney(BrowserPortal portal) : BrowserJourney(portal)
{
    [Theory]
    [InlineData("社会保障和社会事务", "D5")]
    public async Task The_bureau_filters_service_items_by_area_and_the_export_holds_the_same_rows(string area, string code)
    {
        var page = await Portal.SignedInPageAsync("demo-bureau");
        await page.ClickAsync("a[data-nav='service-items']");
        await page.SelectOptionAsync("#Area", new SelectOptionValue { Label = area });
        await page.ClickAsync("#item-filter button");
        await page.WaitForURLAsync(url => url.Contains("Area=" + code, StringComparison.Ordinal));

        var total = int.Parse((await page.GetAttributeAsync(".pager", "data-total"))!, CultureInfo.InvariantCulture);
        Assert.True(total > 0);
        var areas = await page.Locator("#service-items tbody tr td:first-child").AllTextContentsAsync();
        Assert.All(areas, a => Assert.Equal(area, a.Trim()));

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-csv"));
        var lines = (await File.ReadAllTextAsync((await download.PathAsync())!)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(total + 1, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.StartsWith(area + ",", l, StringComparison.Ordinal));

        var xlsx = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-xlsx"));
        Assert.EndsWith(".xlsx", xlsx.SuggestedFilename, StringComparison.Ordinal);
    }
}
