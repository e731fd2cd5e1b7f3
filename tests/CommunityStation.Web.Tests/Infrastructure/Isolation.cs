namespace CommunityStation.Web.Tests.Infrastructure;

/// <summary>
/// The tenancy check every id-taking page needs, as a one-liner: a user of another tenant gets 404 on
/// GET and on POST for a page of <paramref name="id"/>, and nothing leaks into the page.
/// </summary>
public static class Isolation
{
    public static async Task AssertOtherTenantGets404Async(PortalFactory portal, string userName, string pageTemplate, object id, string password = PortalClient.DemoPassword)
    {
        ArgumentNullException.ThrowIfNull(pageTemplate);
        using var client = await PortalClient.SignedInAsync(portal, userName, password);
        var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, pageTemplate, id);

        var get = await client.GetAsync(url);
        Assert.True(get.StatusCode == HttpStatusCode.NotFound, $"GET {url} as {userName} answered {(int)get.StatusCode}, expected 404");

        // Read-only pages refuse any POST (405); pages that take one must answer 404 for another tenant's id.
        var post = await client.PostAsync(url, new Dictionary<string, string>());
        Assert.True(post.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"POST {url} as {userName} answered {(int)post.StatusCode}, expected 404 (or 405 for a read-only page)");
    }

    /// <summary><see cref="AssertOtherTenantGets404Async"/> for each page of one record.</summary>
    public static async Task AssertOtherTenantGets404OnEachAsync(PortalFactory portal, string userName, object id, params string[] pageTemplates)
    {
        ArgumentNullException.ThrowIfNull(pageTemplates);
        foreach (var page in pageTemplates)
        {
            await AssertOtherTenantGets404Async(portal, userName, page, id);
        }
    }

    /// <summary>A page the user's role may not open at all: the sign-in cookie sends them to "access denied".</summary>
    public static async Task AssertDeniedAsync(PortalFactory portal, string userName, string url, string password = PortalClient.DemoPassword)
    {
        using var client = await PortalClient.SignedInAsync(portal, userName, password);
        var get = await client.GetAsync(url);
        Assert.True(
            get.StatusCode is HttpStatusCode.Forbidden || (get.StatusCode == HttpStatusCode.Redirect && get.Headers.Location?.OriginalString.Contains("/Account/AccessDenied", StringComparison.Ordinal) == true),
            $"GET {url} as {userName} answered {(int)get.StatusCode} {get.Headers.Location}, expected access denied");
    }
}
