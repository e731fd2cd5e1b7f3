using AngleSharp.Html.Dom;
using Xunit.Abstractions;

namespace CommunityStation.Web.Tests.Security;

/// <summary>
/// Finds every form itself (home page, navigation, one level of links, as each demo role) and posts
/// hostile values into it: no input may produce a 5xx. New pages are covered without editing this
/// test. It runs on a database of its own (class fixture), because it changes whatever its posts may change.
/// </summary>
public sealed class FormFuzzTests(PortalFactory portal, ITestOutputHelper output) : OwnPortalTests(portal)
{
    // demo-admin last: its user forms could disable or change the other demo accounts.
    private static readonly string[] Roles = ["demo-desk", "demo-head", "demo-rc", "demo-town", "demo-bureau", "demo-admin"];

    /// <summary>Each value goes into every field of a form at once; the NUL value also goes into each field alone.</summary>
    private static readonly string[] HostileValues =
    [
        "a\0b",
        "a\u0001\u0007\u001b\u007fb",
        new string('长', 10_000),
        "abc",
        "-1",
        "99999999999999999999",
        "2026-02-30",
        Guid.NewGuid().ToString(),
        "１２３４５６７８９０",
        "<script>alert(1)</script>'\"",
    ];

    private const string Nul = "x\0y";

    [Fact]
    public async Task Hostile_values_in_every_form_never_give_a_server_error()
    {
        var failures = new List<string>();
        int pages = 0, forms = 0, posts = 0;
        var statuses = new SortedDictionary<int, int>();

        foreach (var role in Roles)
        {
            using var http = Portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
            await SignInAsync(http, role);

            var seenForms = new HashSet<string>(StringComparer.Ordinal);
            var crawl = new PortalCrawl(url => http.GetAsync(new Uri(url, UriKind.Relative)), (url, response) =>
            {
                Count(statuses, (int)response.StatusCode);
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{role}: GET {url} answered {(int)response.StatusCode}");
                }
            });
            var queue = await crawl.FromHomeAsync();
            pages += queue.Count;

            foreach (var (url, page) in queue)
            {
                foreach (var form in page.QuerySelectorAll("form").OfType<IHtmlFormElement>())
                {
                    foreach (var submission in Submissions(url, form))
                    {
                        if (Skipped(submission.Action) || !seenForms.Add($"{PortalCrawl.Shape(submission.Action)} {submission.Method} {string.Join(',', submission.Fields.Select(f => f.Name).Distinct())}"))
                        {
                            continue;
                        }

                        forms++;
                        foreach (var value in HostileValues)
                        {
                            posts++;
                            await SendAsync(http, submission, role, failures, statuses, f => f.Fuzzable ? value : f.Value, $"every field = {Describe(value)}");
                        }

                        if (submission.Method == "post")
                        {
                            // A browser URL-encodes (where ASP.NET Core's reader refuses %00 itself); a script can send
                            // multipart, where NUL arrives as it is. Both must end as a field error.
                            posts++;
                            await SendAsync(http, submission with { Multipart = true }, role, failures, statuses, f => f.Fuzzable ? Nul : f.Value, "every field = NUL, multipart");

                            foreach (var field in submission.Fields.Where(f => f.Fuzzable).Select(f => f.Name).Distinct())
                            {
                                posts++;
                                await SendAsync(http, submission, role, failures, statuses, f => f.Name == field ? Nul : f.Value, $"{field} = NUL");
                            }
                        }
                    }
                }
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Roles.Length} roles, {pages} pages opened (page shapes × roles), {forms} forms found, {posts} requests with hostile values, {failures.Count} 5xx"));
        output.WriteLine("status codes: " + string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}")));
        foreach (var failure in failures)
        {
            output.WriteLine(failure);
        }

        Assert.True(forms > 40, $"only {forms} forms found: the crawl is broken");
        Assert.True(failures.Count == 0, $"{failures.Count} server errors:\n" + string.Join('\n', failures.Take(60)));
    }

    private static async Task SignInAsync(HttpClient http, string user)
    {
        var login = await PortalClient.ParseAsync(await http.GetAsync(new Uri("/Account/Login", UriKind.Relative)));
        var token = login.QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await http.PostAsync(new Uri("/Account/Login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = user,
            ["Input.Password"] = PortalClient.DemoPassword,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in as {user} failed: {(int)response.StatusCode}");
    }

    /// <summary>
    /// Signing out would end the crawl's session, so the sign-out form is not fuzzed; the language
    /// switch is (it only sets a cookie, and any value it does not know means Chinese).
    /// </summary>
    private static bool Skipped(string action) => action.StartsWith("/Account/Logout", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The administrator's own forms can change their own password (a GUID is a fine password), so the
    /// account is put back as the demo has it before signing in again.
    /// </summary>
    private async Task SignInAgainAsync(HttpClient http, string role)
    {
        using (var scope = Portal.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByNameAsync(role) ?? throw new InvalidOperationException($"{role} is gone");
            user.IsDisabled = false;
            await users.RemovePasswordAsync(user);
            await users.AddPasswordAsync(user, PortalClient.DemoPassword);
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
        }

        await SignInAsync(http, role);
    }

    private async Task SendAsync(HttpClient http, Submission submission, string role, List<string> failures, SortedDictionary<int, int> statuses, Func<Field, string> valueOf, string what)
    {
        var values = submission.Fields.Where(f => !f.IsFile).Select(f => new KeyValuePair<string, string>(f.Name, valueOf(f))).ToList();
        HttpResponseMessage response;
        if (submission.Method == "get")
        {
            var query = string.Join('&', values.Select(v => $"{Uri.EscapeDataString(v.Key)}={Uri.EscapeDataString(v.Value)}"));
            var separator = submission.Action.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            response = await http.GetAsync(new Uri(submission.Action + separator + query, UriKind.Relative));
        }
        else if (submission.Multipart)
        {
            using var body = new MultipartFormDataContent();
            foreach (var (name, value) in values)
            {
                body.Add(new StringContent(value, Encoding.UTF8), name);
            }

            foreach (var file in submission.Fields.Where(f => f.IsFile))
            {
                var content = new ByteArrayContent("%PDF-1.4 hostile\0\u0001"u8.ToArray());
                content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
                body.Add(content, file.Name, "a\u0001b.pdf");
            }

            response = await http.PostAsync(new Uri(submission.Action, UriKind.Relative), body);
        }
        else
        {
            using var body = new FormUrlEncodedContent(values);
            response = await http.PostAsync(new Uri(submission.Action, UriKind.Relative), body);
        }

        Count(statuses, (int)response.StatusCode);

        // A post that changed the user's own account (admin editing themselves) ends the session: sign in again.
        if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase) == true)
        {
            await SignInAgainAsync(http, role);
        }

        if ((int)response.StatusCode >= 500)
        {
            failures.Add($"{role}: {submission.Method.ToUpperInvariant()} {submission.Action} ({what}) answered {(int)response.StatusCode}");
        }
    }

    private static void Count(SortedDictionary<int, int> statuses, int status) => statuses[status] = statuses.GetValueOrDefault(status) + 1;

    private static string Describe(string value) => value.Length > 20 ? $"{value.Length} × '{value[0]}'" : Regex.Escape(value);

    /// <summary>In-page links worth opening: pages, not downloads or the language switch.</summary>
    /// <summary>One submission per distinct submit button (formaction/formmethod/name), or one for a form without any.</summary>
    private static IEnumerable<Submission> Submissions(string pageUrl, IHtmlFormElement form)
    {
        var method = (form.GetAttribute("method") ?? "get").ToLowerInvariant();
        var action = Resolve(pageUrl, form.GetAttribute("action"));
        var multipart = string.Equals(form.GetAttribute("enctype"), "multipart/form-data", StringComparison.OrdinalIgnoreCase);

        var fields = new List<Field>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not "submit" and not "button" and not "reset" and not "image":
                    var isToken = input.Name == "__RequestVerificationToken";
                    fields.Add(new Field(input.Name!, input.Type is "checkbox" or "radio" && !input.IsChecked ? string.Empty : input.Value, !isToken, input.Type == "file"));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields.Add(new Field(select.Name!, select.Value ?? string.Empty, true, false));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new Field(area.Name!, area.Value, true, false));
                    break;
            }
        }

        var submitters = form.Elements.Where(e => e is IHtmlButtonElement { Type: "submit" } || e is IHtmlInputElement { Type: "submit" }).ToList();
        if (submitters.Count == 0)
        {
            yield return new Submission(action, method, multipart, fields);
            yield break;
        }

        foreach (var submitter in submitters)
        {
            var own = fields.ToList();
            if (submitter.GetAttribute("name") is { Length: > 0 } name)
            {
                own.Add(new Field(name, submitter.GetAttribute("value") ?? string.Empty, true, false));
            }

            yield return new Submission(
                submitter.GetAttribute("formaction") is { Length: > 0 } formAction ? Resolve(pageUrl, formAction) : action,
                (submitter.GetAttribute("formmethod") ?? method).ToLowerInvariant(),
                multipart,
                own);
        }
    }

    private static string Resolve(string pageUrl, string? action) => string.IsNullOrEmpty(action)
        ? pageUrl
        : action.StartsWith('?') ? pageUrl.Split('?')[0] + action : action;

    private sealed record Field(string Name, string Value, bool Fuzzable, bool IsFile);

    private sealed record Submission(string Action, string Method, bool Multipart, IReadOnlyList<Field> Fields);
}
