namespace CommunityStation.Web.Tests.Infrastructure;

/// <summary>Two users acting on the same record at the same moment (optimistic concurrency).</summary>
public static class Concurrent
{
    /// <summary>
    /// Both clients open <paramref name="url"/> at the same version, then both submit the same form at once:
    /// exactly one post is accepted, and the other page says someone else got there first.
    /// </summary>
    public static async Task AssertOneWinsAsync(PortalClient first, PortalClient second, string url, string formSelector, IDictionary<string, string> fields, string submitterSelector)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var pageA = await first.GetDocumentAsync(url);
        var pageB = await second.GetDocumentAsync(url);
        var results = await Task.WhenAll(
            first.SubmitLoadedFormAsync(pageA, formSelector, fields, submitterSelector),
            second.SubmitLoadedFormAsync(pageB, formSelector, fields, submitterSelector));

        Assert.Single(results, r => r.StatusCode == HttpStatusCode.Redirect);
        var loser = Assert.Single(results, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Contains("已由", (await PortalClient.ParseAsync(loser)).QuerySelector("#errors")!.TextContent, StringComparison.Ordinal);
    }
}
