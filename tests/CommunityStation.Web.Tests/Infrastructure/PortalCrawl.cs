namespace CommunityStation.Web.Tests.Infrastructure;

/// <summary>
/// The pages a signed-in user reaches the way a person would: the home page, every navigation entry and one level
/// of links from those, one page of each shape (a details page stands for all of its kind). Tests that must cover
/// every page (the form fuzzer, the code sweep) crawl with it, so a new page is covered without editing them.
/// </summary>
public sealed partial class PortalCrawl(Func<string, Task<HttpResponseMessage>> get, Action<string, HttpResponseMessage>? answered = null)
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    /// <summary>Every HTML page reached (address and page), in the order it was opened.</summary>
    public async Task<IReadOnlyList<(string Url, IDocument Page)>> FromHomeAsync()
    {
        var pages = new List<(string, IDocument)>();
        async Task<IDocument?> OpenAsync(string url)
        {
            if (!_seen.Add(Shape(url)))
            {
                return null;
            }

            var response = await get(url);
            answered?.Invoke(url, response);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                return null;
            }

            var page = await PortalClient.ParseAsync(response);
            pages.Add((url, page));
            return page;
        }

        var home = await OpenAsync("/") ?? throw new InvalidOperationException("no home page");
        var firstLevel = new List<IDocument> { home };
        foreach (var link in Links(home, "a[data-nav]").ToList())
        {
            if (await OpenAsync(link) is { } page)
            {
                firstLevel.Add(page);
            }
        }

        foreach (var page in firstLevel)
        {
            foreach (var link in Links(page, "main a[href^='/']"))
            {
                await OpenAsync(link);
            }
        }

        return pages;
    }

    /// <summary>The links a person follows: not handlers (exports), not other sites, not sign-out.</summary>
    public static IEnumerable<string> Links(IDocument page, string selector)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.QuerySelectorAll(selector).Select(a => a.GetAttribute("href")!)
            .Where(h => !h.Contains("handler=", StringComparison.OrdinalIgnoreCase) && !h.StartsWith("//", StringComparison.Ordinal)
                        && !h.StartsWith("/Account/Logout", StringComparison.OrdinalIgnoreCase))
            .Select(h => h.Split('#')[0])
            .Distinct(StringComparer.Ordinal);
    }

    /// <summary>A URL with ids and numbers replaced, so one details page stands for all of its kind.</summary>
    public static string Shape(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return Ids().Replace(url.Split('?')[0], "{id}") + (url.Contains('?', StringComparison.Ordinal) ? "?" + string.Join('&', url.Split('?')[1].Split('&').Select(p => p.Split('=')[0]).Order(StringComparer.Ordinal)) : string.Empty);
    }

    [GeneratedRegex(@"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\d+|[A-Za-z0-9_-]{20,}")]
    private static partial Regex Ids();
}
