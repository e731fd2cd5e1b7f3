using CommunityStation.Web.Infrastructure.Rules;

namespace CommunityStation.Web.Tests.Pages;

/// <summary>
/// Issue 11 item 8: users see names, not internal codes. Every page each role reaches (home, navigation, one level of
/// links) and the residents' pages are rendered in both languages; no label, heading, option, table header, legend,
/// button or badge may carry a bare rule code (R4, S3, H6 …) or duty code (D1–D10). The one allowed place is the small
/// rule hint (<see cref="RuleTagHelper"/>, class <c>rule-ref</c>), which the sweep leaves out.
/// </summary>
public sealed partial class CodeSweepTests(PortalFactory portal) : SharedPortalTests(portal)
{
    private static readonly string[] Roles = ["demo-desk", "demo-head", "demo-rc", "demo-town", "demo-bureau", "demo-admin"];

    private const string Checked = "label, h1, h2, h3, h4, h5, h6, option, th, legend, button, caption, summary, .badge, .nav-link, .card-title";

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var culture in new[] { "zh-CN", "en" })
        {
            foreach (var role in Roles.Append("resident"))
            {
                data.Add(role, culture);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task No_label_heading_or_option_shows_a_bare_rule_or_duty_code(string role, string culture)
    {
        using var client = new PortalClient(Portal);
        await client.UseCultureAsync(culture);
        IReadOnlyList<(string Url, IDocument Page)> pages;
        if (role == "resident")
        {
            var station = (await client.GetDocumentAsync("/Public/Stations/yicheng")).QuerySelector("#stations-yicheng a")!.GetAttribute("href")!;
            pages = [.. await Task.WhenAll(new[] { "/Public/Stations", "/Public/Stations/yicheng", station, "/Account/Login" }.Select(async u => (u, await client.GetDocumentAsync(u))))];
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(role, PortalClient.DemoPassword)).StatusCode);
            pages = await new PortalCrawl(client.GetAsync).FromHomeAsync();
        }

        var found = new List<string>();
        foreach (var (url, page) in pages)
        {
            foreach (var element in page.QuerySelectorAll("main " + Checked.Replace(", ", ", main ", StringComparison.Ordinal)).Concat(page.QuerySelectorAll("nav a, title")))
            {
                var shown = (IElement)element.Clone(deep: true);
                foreach (var hint in shown.QuerySelectorAll("." + RuleTagHelper.CssClass).ToList())
                {
                    hint.Remove();
                }

                if (Code().Match(shown.TextContent) is { Success: true } code)
                {
                    found.Add($"{url} <{element.LocalName}> “{shown.TextContent.Trim()}” ({code.Value})");
                }
            }
        }

        Assert.True(pages.Count > 3, $"{role}: only {pages.Count} pages reached");
        Assert.True(found.Count == 0, $"{role} ({culture}), {found.Count} bare codes:\n" + string.Join('\n', found.Distinct().Take(80)));
    }

    [Fact]
    public async Task The_rule_hint_names_the_rule_once_small_with_a_tooltip()
    {
        using var town = await SignInAsync("demo-town");
        var hint = (await town.GetDocumentAsync("/Staff/Ratio")).QuerySelector("h1 ." + RuleTagHelper.CssClass)!;
        Assert.Equal("small", hint.LocalName);
        Assert.Equal("（规则 S1、S2、B4）", hint.TextContent);
        Assert.False(string.IsNullOrEmpty(hint.GetAttribute("title")));
        Assert.Equal("配备比例", (await town.GetDocumentAsync("/Staff/Ratio")).QuerySelector("h1")!.ChildNodes.First().TextContent.Trim());
    }

    // A rule code of RULES.md (P N D R S H F M B and a number) or a duty code D1–D10, standing alone.
    [GeneratedRegex(@"(?<![A-Za-z0-9])(?:[PNRSHFMB][1-6]|D(?:10|[1-9]))(?![0-9])")]
    private static partial Regex Code();
}
