using CommunityStation.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Xunit.Abstractions;

namespace CommunityStation.Web.Tests.Security;

/// <summary>
/// Issue 9: every page × every role (and anonymous) is allowed or refused exactly as
/// <see cref="AccessDeclaration"/> says. The pages are discovered from the running portal, so a new page
/// is covered without editing this test, and a page nobody declared is refused to everyone.
/// </summary>
public sealed class AuthorizationMatrixTests(PortalFactory portal, ITestOutputHelper output) : SharedPortalTests(portal)
{
    private static readonly (string? Role, string? User)[] Principals =
    [
        (null, null),
        (AppRoles.Admin, "demo-admin"),
        (AppRoles.Bureau, "demo-bureau"),
        (AppRoles.TownOfficial, "demo-town"),
        (AppRoles.RcOfficer, "demo-rc"),
        (AppRoles.StationHead, "demo-head"),
        (AppRoles.DeskStaff, "demo-desk"),
    ];

    [Fact]
    public void Every_page_of_the_portal_is_declared_with_a_capability()
    {
        var undeclared = Pages().Where(p => AccessDeclaration.ForPage(p.Path) is null).Select(p => p.Path).ToList();
        Assert.True(undeclared.Count == 0, "Pages missing from AccessDeclaration.Pages: " + string.Join(", ", undeclared));
    }

    [Fact]
    public void Every_capability_is_held_by_some_role_and_used_by_some_page_or_action()
    {
        foreach (var capability in Enum.GetValues<Capability>().Where(c => c is not Capability.Anonymous and not Capability.SignedIn))
        {
            Assert.True(AccessDeclaration.Roles.TryGetValue(capability, out var roles) && roles.Count > 0, $"{capability} is held by no role");
        }
    }

    [Fact]
    public async Task Each_role_opens_exactly_the_pages_the_declaration_gives_it()
    {
        var pages = Pages();
        var checks = 0;
        var failures = new List<string>();
        foreach (var (role, user) in Principals)
        {
            using var client = user is null ? new PortalClient(Portal) : await SignInAsync(user);
            foreach (var page in pages)
            {
                var capability = AccessDeclaration.ForPage(page.Path);
                var allowed = capability is { } c && AccessDeclaration.Allows(role, c);
                foreach (var method in new[] { HttpMethod.Get, HttpMethod.Post })
                {
                    var response = method == HttpMethod.Get ? await client.GetAsync(page.Url) : await client.PostRawAsync(page.Url, new Dictionary<string, string>());
                    checks++;
                    var location = response.Headers.Location?.OriginalString ?? string.Empty;
                    var denied = response.StatusCode == HttpStatusCode.Forbidden
                        || (response.StatusCode == HttpStatusCode.Redirect && (location.Contains("/Account/AccessDenied", StringComparison.Ordinal) || location.Contains("/Account/Login", StringComparison.Ordinal)));
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"{method} {page.Url} as {user ?? "anonymous"}: {(int)response.StatusCode}");
                    }
                    else if (allowed == denied && !(page.Path.StartsWith("/Account/", StringComparison.Ordinal) && location.Contains("/Account/", StringComparison.Ordinal)))
                    {
                        failures.Add($"{method} {page.Url} as {user ?? "anonymous"}: {(int)response.StatusCode} {location}, declared {(allowed ? "allowed" : "denied")} ({capability?.ToString() ?? "undeclared"})");
                    }
                }
            }
        }

        output.WriteLine($"Authorization matrix: {pages.Count} pages × {Principals.Length} principals × GET/POST = {checks} requests, {failures.Count} mismatches");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Every link a role is shown leads somewhere it may go (issue 9, finding 11: no dead links).</summary>
    [Fact]
    public async Task No_role_is_shown_a_link_to_a_page_it_may_not_open()
    {
        var failures = new List<string>();
        var followed = 0;
        foreach (var (role, user) in Principals.Where(p => p.User is not null))
        {
            using var client = await SignInAsync(user!);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var queue = new Queue<(string Url, int Depth)>();
            queue.Enqueue(("/", 0));
            while (queue.Count > 0 && seen.Count < 80)
            {
                var (url, depth) = queue.Dequeue();
                if (!seen.Add(url))
                {
                    continue;
                }

                var response = await client.GetAsync(url);
                followed++;
                var location = response.Headers.Location?.OriginalString ?? string.Empty;
                if (location.Contains("/Account/AccessDenied", StringComparison.Ordinal))
                {
                    failures.Add($"{user} ({role}) is shown a link to {url}, which is denied");
                    continue;
                }

                if (response.StatusCode != HttpStatusCode.OK || depth >= 2 || response.Content.Headers.ContentType?.MediaType != "text/html")
                {
                    continue;
                }

                var document = await PortalClient.ParseAsync(response);
                foreach (var href in document.QuerySelectorAll("main a[href^='/'], nav a[href^='/']").Select(a => a.GetAttribute("href")!)
                             .Where(h => !h.StartsWith("/Public/", StringComparison.Ordinal) && !h.StartsWith("/r/", StringComparison.Ordinal) && !h.Contains("reveal=", StringComparison.Ordinal) && !h.Contains("format=", StringComparison.Ordinal))
                             .Distinct().Take(25))
                {
                    queue.Enqueue((href, depth + 1));
                }
            }
        }

        output.WriteLine($"Links followed: {followed}, dead: {failures.Count}");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private List<(string Path, string Url)> Pages()
    {
        var actions = Portal.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<PageActionDescriptor>();
        return actions
            .Where(p => p.AttributeRouteInfo?.Template is not null)
            .Select(p => (p.ViewEnginePath, Url: "/" + Fill(p.AttributeRouteInfo!.Template!)))
            .DistinctBy(p => p.ViewEnginePath)
            .OrderBy(p => p.ViewEnginePath, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A URL for a route template: route values become an unknown id (allowed users then get 404, not 200).</summary>
    private static string Fill(string template) =>
        System.Text.RegularExpressions.Regex.Replace(template, @"\{[^}]+\}", m => m.Value.Contains('?', StringComparison.Ordinal) ? string.Empty : (m.Value.Contains("tenant", StringComparison.OrdinalIgnoreCase) ? "yicheng" : Guid.NewGuid().ToString()))
            .Replace("//", "/", StringComparison.Ordinal).TrimEnd('/');
}
