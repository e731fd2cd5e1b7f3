namespace CommunityStation.Web.Tests.Pages;

public sealed class LocalisationTests(PortalFactory portal) : SharedPortalTests(portal)
{
    [Fact]
    public void Every_text_the_pages_show_has_an_english_translation()
    {
        var web = Path.Combine(TestPostgres.RepositoryRoot(), "src", "CommunityStation.Web");
        var english = System.Xml.Linq.XDocument.Load(Path.Combine(web, "Resources", "SharedResource.en.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
        var pattern = new System.Text.RegularExpressions.Regex(@"(?<![A-Za-z0-9_])(?:L|_l|l|localizer)\[\s*""((?:[^""\\]|\\.)*)""");
        var missing = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)) && !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .SelectMany(f => pattern.Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(key => !key.EndsWith('.') && !english.Contains(key))
            .Distinct()
            .ToList();
        Assert.True(missing.Count == 0, "No English for: " + string.Join(" | ", missing) + " (run tools/i18n.py missing)");
    }

    [Fact]
    public async Task The_sign_in_page_is_simplified_chinese_by_default()
    {
        using var client = new PortalClient(Portal);
        var page = await client.GetDocumentAsync("/Account/Login");
        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("用户名", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_in_page_renders_in_english_when_chosen()
    {
        using var client = new PortalClient(Portal);
        await client.UseCultureAsync("en");
        var page = await client.GetDocumentAsync("/Account/Login");
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("User name", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("用户名", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switch_sets_a_lasting_cookie()
    {
        using var client = new PortalClient(Portal);
        var response = await client.PostAsync("/Culture", new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = "/Account/Login" }, "/Account/Login");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal));
        Assert.Contains("expires=", cookie, StringComparison.OrdinalIgnoreCase);
        var page = await client.GetDocumentAsync("/Account/Login");
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_signed_in_page_renders_in_both_languages()
    {
        using var zh = await SignInAsync("demo-town");
        Assert.Contains("户数", (await zh.GetDocumentAsync("/Communities")).Body!.TextContent, StringComparison.Ordinal);

        using var en = new PortalClient(Portal);
        await en.UseCultureAsync("en");
        await en.SignInAsync("demo-town", PortalClient.DemoPassword);
        Assert.Contains("Households", (await en.GetDocumentAsync("/Communities")).Body!.TextContent, StringComparison.Ordinal);
    }
}
