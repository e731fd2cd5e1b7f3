using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace CommunityStation.Browser.Tests.Pages.Registration;

/// <summary>
/// Issue 11 item 9 in Chromium: the formal prints (opinion, certificate, plaque, receipt) print on one A4 page each, in
/// the orientation their @page asks, with the seal area, the date in Chinese and nothing of the portal's navigation.
/// Chromium's own PDF printer renders them (print media, the page's CSS page size).
/// </summary>
public sealed partial class FormalPrintJourney(BrowserPortal portal) : BrowserJourney(portal)
{
    private const double A4Short = 595.28;
    private const double A4Long = 841.89;

    [GeneratedRegex(@"^\d{4}年[1-9]\d?月[1-9]\d?日$")]
    private static partial Regex ChineseDate();

    /// <summary>Prints the page as Chromium does and checks: one page, A4 in the given orientation, no navigation, the seal area and the date.</summary>
    private static async Task AssertPrintsOnOneA4PageAsync(IPage page, bool landscape)
    {
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await page.Locator("header nav").IsVisibleAsync());
        Assert.False(await page.Locator("[data-print]").IsVisibleAsync());
        Assert.True(await page.Locator("#seal-area").IsVisibleAsync());
        Assert.Matches(ChineseDate(), (await page.TextContentAsync("#formal-date"))!.Trim());

        var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true });
        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages == 1, $"{page.Url} printed on {document.NumberOfPages} pages: " + string.Join(" | ", document.GetPages().Select(p => p.Text)));
        var size = document.GetPage(1);
        var (width, height) = landscape ? (A4Long, A4Short) : (A4Short, A4Long);
        Assert.InRange(size.Width, width - 2, width + 2);
        Assert.InRange(size.Height, height - 2, height + 2);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
    }

    [Fact]
    public async Task Print_the_opinion_certificate_plaque_and_receipt_each_fit_one_a4_page_with_the_seal_area()
    {
        var station = await QueryAsync(Demo.Yicheng, db => db.Stations.Where(s => s.CommunityId == Demo.Chengzhong).Select(s => s.Id).FirstAsync());
        var town = await Portal.SignedInPageAsync("demo-town");

        await town.GotoAsync($"/Registration/Applications/Opinion/{Demo.ChengzhongApplication}");
        Assert.Contains("经办人", await town.TextContentAsync("#formal-note"), StringComparison.Ordinal);
        await AssertPrintsOnOneA4PageAsync(town, landscape: false);

        await town.GotoAsync($"/Registration/Stations/Certificate/{station}");
        Assert.Contains("社会保障和社会事务", await town.TextContentAsync("#business-scope"), StringComparison.Ordinal);
        await AssertPrintsOnOneA4PageAsync(town, landscape: true);

        await town.GotoAsync($"/Registration/Stations/Plaque/{station}");
        await AssertPrintsOnOneA4PageAsync(town, landscape: true);

        var desk = await Portal.SignedInPageAsync("demo-desk");
        await BrowserPortal.ReceiveCaseAsync(desk, "冯大伯", "咨询高龄津贴");
        await desk.WaitForSelectorAsync("#receipt #status-qr svg");
        await AssertPrintsOnOneA4PageAsync(desk, landscape: false);
    }
}
