using CommunityStation.Web.Tests.Pages.Desk;

namespace CommunityStation.Deployment.Tests;

/// <summary>
/// Issue 12: two Production instances of the published portal behind nginx (round robin, the shipped site) work
/// as one portal. Sign-in with an authenticator code, antiforgery tokens, TempData, the culture cookie and the
/// receipts' sealed tokens cross instances (data-protection keys in PostgreSQL); an intake taken through nginx is
/// read back on the other instance directly; a restarted instance keeps the session; sign-out on one instance
/// ends the session on the other at once.
/// </summary>
[Collection(DeploymentCollection.Name)]
public sealed class ScaleOutTests(DeploymentFixture city)
{
    [Fact]
    public async Task Two_instances_behind_nginx_work_as_one_portal_and_a_restart_keeps_the_session()
    {
        var ports = DistinctPorts(3);
        var publicUrl = $"http://127.0.0.1:{ports[2]}";
        await using var first = await PortalInstance.StartAsync(ports[0], city.Production(publicBaseUrl: publicUrl));
        await using var second = await PortalInstance.StartAsync(ports[1], city.Production(publicBaseUrl: publicUrl));
        await using var nginx = await NginxProxy.StartAsync(ports[2], [first.Port, second.Port]);
        var cookies = new CookieContainer();
        using var browser = Client(nginx.Url, cookies);

        // Password, then an authenticator enrolled through the proxy (the page and its post on different instances).
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync("demo-desk", PortalClient.DemoPassword)).StatusCode);
        var key = (await browser.GetDocumentAsync("/MyAccount/Authenticator")).QuerySelector("#shared-key")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal);
        var enrolled = await browser.SubmitFormAsync("/MyAccount/Authenticator", new Dictionary<string, string> { ["Code"] = Totp.Code(key) }, "#enrol-form");
        Assert.True(enrolled.StatusCode == HttpStatusCode.Redirect, $"enrolment answered {(int)enrolled.StatusCode}\n{Logs(first, second, nginx)}");
        Assert.Equal(10, (await browser.GetDocumentAsync(enrolled.Headers.Location!.OriginalString)).QuerySelectorAll("#recovery-codes li, .recovery-code").Length);

        // Signed out, and in again with the password and a code, through whichever instances nginx picks.
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostAsync("/Account/Logout", new Dictionary<string, string>())).StatusCode);
        var password = await browser.SignInAsync("demo-desk", PortalClient.DemoPassword);
        Assert.Contains("/Account/LoginWith2fa", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var code = await browser.SubmitFormAsync(password.Headers.Location!.OriginalString, new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(30)) }, "#code-form");
        Assert.True(code.StatusCode == HttpStatusCode.Redirect && !code.Headers.Location!.OriginalString.Contains("Login", StringComparison.Ordinal), $"the code was refused: {(int)code.StatusCode} {code.Headers.Location}");

        // The language chosen on one instance is the language of the next pages, whichever instance serves them.
        await browser.UseCultureAsync("en");
        foreach (var _ in Enumerable.Range(0, 2))
        {
            Assert.Equal("en", (await browser.GetDocumentAsync("/Desk/Intake")).DocumentElement.GetAttribute("lang"));
        }

        // An intake through nginx; its receipt links to the public address, not to an instance's.
        var (details, receipt) = await DeskSteps.IntakeAsync(browser, "周阿姨", "13900003333");
        var statusLink = receipt.QuerySelector("#status-link")!.GetAttribute("href")!;
        Assert.StartsWith(publicUrl + "/s/", statusLink, StringComparison.Ordinal);
        var number = receipt.QuerySelector("#case-number")!.TextContent.Trim();

        var requests = nginx.Requests();
        Assert.Equal(2, requests.Select(r => r.Upstream).Distinct().Count());
        Assert.Contains(requests.Zip(requests.Skip(1)), p => p.First.Method == "GET" && p.Second.Method == "POST" && p.First.Uri == p.Second.Uri && p.First.Upstream != p.Second.Upstream);

        // Read back on the instance that did not take the intake, directly.
        var intake = requests.Last(r => r.Method == "POST" && r.Uri.StartsWith("/Desk/Intake", StringComparison.Ordinal));
        var other = intake.Upstream.EndsWith($":{first.Port}", StringComparison.Ordinal) ? second : first;
        using (var direct = Client(other.Url, cookies))
        {
            Assert.Equal(number, (await direct.GetDocumentAsync(details)).QuerySelector("#case-number")!.TextContent.Trim());
        }

        // Restart it: the session, and the receipt's kept QR (sealed with the shared keys), survive.
        await other.RestartAsync();
        using (var direct = Client(other.Url, cookies))
        {
            Assert.Equal(number, (await direct.GetDocumentAsync(details)).QuerySelector("#case-number")!.TextContent.Trim());
            var again = await direct.GetDocumentAsync(details.Replace("/Details/", "/Receipt/", StringComparison.Ordinal));
            Assert.Equal(statusLink, again.QuerySelector("#status-link")?.GetAttribute("href"));
        }

        foreach (var _ in Enumerable.Range(0, 2))
        {
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Desk/Cases")).StatusCode);
        }

        // One key ring for all: the instances (and the restart) made no key of their own.
        await using (var db = new NpgsqlConnection(city.Admin(city.DatabaseName)))
        {
            await db.OpenAsync();
            await using var keys = new NpgsqlCommand("SELECT count(*) FROM data_protection_keys", db);
            Assert.Equal(1L, (long)(await keys.ExecuteScalarAsync())!);
        }

        // Sign-out on one instance ends the same cookie on the other at once (the users trigger's NOTIFY).
        var cookie = cookies.GetCookieHeader(new Uri(nginx.Url));
        var elsewhere = other == first ? second : first;
        using (var signOut = Client(other.Url, cookies))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await signOut.PostAsync("/Account/Logout", new Dictionary<string, string>())).StatusCode);
        }

        await Task.Delay(500);
        using var stale = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(elsewhere.Url) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Desk/Cases");
        request.Headers.Add("Cookie", cookie);
        using var response = await stale.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static PortalClient Client(string baseUrl, CookieContainer cookies) =>
        new(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies, UseCookies = true }) { BaseAddress = new Uri(baseUrl) });

    private static List<int> DistinctPorts(int count)
    {
        var ports = new List<int>();
        while (ports.Count < count)
        {
            var port = Published.FreePort();
            if (!ports.Contains(port))
            {
                ports.Add(port);
            }
        }

        return ports;
    }

    private static string Logs(PortalInstance first, PortalInstance second, NginxProxy nginx) =>
        $"--- instance {first.Port}\n{first.Output}\n--- instance {second.Port}\n{second.Output}\n--- nginx\n{nginx.ErrorLog()}";
}
