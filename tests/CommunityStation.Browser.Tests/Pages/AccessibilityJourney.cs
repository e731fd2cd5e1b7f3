using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Xunit.Abstractions;

namespace CommunityStation.Browser.Tests.Pages;

/// <summary>
/// Issue 11: axe-core (loaded from the Deque.AxeCore package, never a CDN) on every main page of every role:
/// the navigation's pages, the first detail/edit page each of them links to, and the residents' pages.
/// The findings are printed per page; serious and critical ones fail the test.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class AccessibilityJourney(BrowserPortal portal, ITestOutputHelper output) : PortalTests<BrowserPortal>(portal)
{
    private static readonly string[] Blocking = ["serious", "critical"];

    // Links that leave the page's purpose (downloads, exports, sign-out, language) are not pages to check.
    private static readonly string[] NotPages = ["/Download", "/Account/Logout", "/Culture", "format=", "handler="];

    [Theory]
    [InlineData("demo-desk")]
    [InlineData("demo-head")]
    [InlineData("demo-town")]
    [InlineData("demo-rc")]
    [InlineData("demo-bureau")]
    [InlineData("demo-admin")]
    public async Task Every_main_page_of_a_role_has_no_serious_or_critical_axe_violation(string userName)
    {
        var page = await Portal.SignedInPageAsync(userName);
        await page.SetViewportSizeAsync(1366, 768);
        var main = new List<string> { "/", "/Inbox", "/MyAccount" };
        foreach (var link in await page.Locator("a[data-nav]").AllAsync())
        {
            main.Add((await link.GetAttributeAsync("href"))!);
        }

        var report = new AxeReport(output, userName);
        var seen = new HashSet<string>(main.Select(Shape), StringComparer.OrdinalIgnoreCase);
        foreach (var path in main.Distinct())
        {
            await report.CheckAsync(page, path);

            // One page of each kind the main page links to (details, edit, roster, ...), found, not listed by hand.
            var next = new List<string>();
            foreach (var link in await page.Locator("main a[href^='/']").AllAsync())
            {
                var href = (await link.GetAttributeAsync("href"))!;
                if (!NotPages.Any(p => href.Contains(p, StringComparison.OrdinalIgnoreCase)) && seen.Add(Shape(href)))
                {
                    next.Add(href);
                }
            }

            foreach (var href in next)
            {
                await report.CheckAsync(page, href);
            }
        }

        report.AssertNoBlockingViolation();
    }

    [Fact]
    public async Task The_residents_pages_and_the_sign_in_page_have_no_serious_or_critical_axe_violation()
    {
        // A case of our own gives the resident's status and rating links.
        var desk = await Portal.SignedInPageAsync("demo-desk");
        await desk.GotoAsync("/Desk/Intake");
        await desk.FillAsync("#Input_ResidentName", "王阿姨");
        await desk.SelectOptionAsync("#Input_ServiceItemId", new SelectOptionValue { Index = 1 });
        await desk.FillAsync("#Input_Request", "咨询居家养老服务");
        await desk.ClickAsync("#receive");
        await desk.WaitForSelectorAsync("#receipt");
        var status = new Uri(await desk.GetAttributeAsync("#status-link", "href") ?? string.Empty).PathAndQuery;
        var rating = new Uri(await desk.GetAttributeAsync("#rating-link", "href") ?? string.Empty).PathAndQuery;
        var caseDetails = await desk.GetAttributeAsync("a:has-text('查看案件')", "href");
        var deskReport = new AxeReport(output, "demo-desk");
        await deskReport.CheckAsync(desk, new Uri(desk.Url).PathAndQuery);
        await deskReport.CheckAsync(desk, caseDetails!);

        var resident = await Portal.NewPageAsync();
        await resident.SetViewportSizeAsync(390, 844);
        var report = new AxeReport(output, "resident");
        await report.CheckAsync(resident, "/Public/Stations");
        var town = await resident.Locator("#town-yicheng").GetAttributeAsync("href");
        await report.CheckAsync(resident, town!);
        var station = await resident.Locator("main a[href^='/Public/Stations/']").First.GetAttributeAsync("href");
        await report.CheckAsync(resident, station!);
        await report.CheckAsync(resident, status);
        await report.CheckAsync(resident, rating);
        await report.CheckAsync(resident, "/Account/Login");

        // The high-contrast choice is checked too: it must not introduce contrast failures of its own.
        await resident.GotoAsync("/Public/Stations");
        await resident.ClickAsync("#contrast-toggle");
        await report.CheckAsync(resident, "/Public/Stations");
        await report.CheckAsync(resident, station!);
        await report.CheckAsync(resident, status);

        deskReport.AssertNoBlockingViolation();
        report.AssertNoBlockingViolation();
    }

    /// <summary>A path with its ids and numbers abstracted: pages of the same kind are checked once.</summary>
    private static string Shape(string href) => Ids().Replace(href.Split('?')[0], "#");

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f-]{27}|[0-9]+|/[A-Za-z0-9_-]{16,}", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Ids();

    /// <summary>Runs axe on pages and prints what it finds, page by page.</summary>
    private sealed class AxeReport(ITestOutputHelper output, string who)
    {
        private readonly List<string> _blocking = [];

        public async Task CheckAsync(IPage page, string path)
        {
            var response = await page.GotoAsync(path);
            var result = await page.RunAxe();
            var counts = result.Violations
                .GroupBy(v => v.Impact ?? "none")
                .Select(g => $"{g.Key} {g.Sum(v => v.Nodes.Length)}");
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"[{who}] {path} (HTTP {response?.Status}): {result.Violations.Length} rule(s) violated{(result.Violations.Length == 0 ? string.Empty : " - " + string.Join(", ", counts))}"));
            foreach (var violation in result.Violations)
            {
                var line = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"    {violation.Impact} {violation.Id}: {violation.Help}"));
                foreach (var node in violation.Nodes.Take(5))
                {
                    line.Append(CultureInfo.InvariantCulture, $"\n        {node.Target} {Shorten(node.Html)}");
                }

                output.WriteLine(line.ToString());
                if (Blocking.Contains(violation.Impact))
                {
                    _blocking.Add($"[{who}] {path}: {violation.Impact} {violation.Id} ({violation.Nodes.Length}x) {string.Join(" | ", violation.Nodes.Take(3).Select(n => n.Target.ToString()))}");
                }
            }
        }

        public void AssertNoBlockingViolation() => Assert.True(_blocking.Count == 0, "Serious or critical accessibility violations:\n" + string.Join("\n", _blocking));

        private static string Shorten(string html) => html.Length <= 160 ? html : html[..160] + "…";
    }
}
