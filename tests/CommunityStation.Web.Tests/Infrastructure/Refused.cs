namespace CommunityStation.Web.Tests.Infrastructure;

/// <summary>
/// How a page says no to a post: it re-renders (200, not a redirect) with the message under the field it
/// concerns, or in the page's error box. Each returns the re-rendered page for further checks.
/// </summary>
public static class Refused
{
    /// <summary>The page re-rendered with a message under <paramref name="field"/> (e.g. <c>Input.Name</c>).</summary>
    public static async Task<IDocument> AtFieldAsync(HttpResponseMessage response, string field)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        var message = page.QuerySelector($"span[data-valmsg-for='{field}']")?.TextContent.Trim();
        Assert.False(string.IsNullOrEmpty(message), $"no message next to {field}");
        return page;
    }

    /// <summary>The page re-rendered with a message under <paramref name="field"/> that names <paramref name="rule"/> (e.g. <c>P1</c>).</summary>
    public static async Task<IDocument> ByRuleAtFieldAsync(HttpResponseMessage response, string rule, string field)
    {
        var page = await AtFieldAsync(response, field);
        Assert.Contains(rule, page.QuerySelector($"span[data-valmsg-for='{field}']")!.TextContent, StringComparison.Ordinal);
        return page;
    }

    /// <summary>The message under <paramref name="field"/> on the re-rendered page.</summary>
    public static async Task<string> MessageAtAsync(HttpResponseMessage response, string field) =>
        (await AtFieldAsync(response, field)).QuerySelector($"span[data-valmsg-for='{field}']")!.TextContent.Trim();

    /// <summary>The page re-rendered with a message in its error box (<c>#page-errors</c>).</summary>
    public static async Task<IDocument> OnPageAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.NotEmpty(page.QuerySelector("#page-errors")!.TextContent.Trim());
        return page;
    }
}
