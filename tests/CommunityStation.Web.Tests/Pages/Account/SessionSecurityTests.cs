namespace CommunityStation.Web.Tests.Pages.Account;

/// <summary>Sessions end at once (per-request stamp check), secure cookies behind TLS, headers, forced password change.</summary>
public sealed class SessionSecurityTests(SecurityPortal portal) : SecurityPortalTests(portal)
{
    [Fact]
    public async Task A_cookie_copied_before_sign_out_is_refused_after_it()
    {
        using var client = Portal.ClientFrom("203.0.113.60");
        var signIn = await client.SignInAsync("demo-rc", PortalClient.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        using var thief = CopyCookies(signIn);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync("/Account/Logout", new Dictionary<string, string>())).StatusCode);

        var after = await thief.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Account/Login", after.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_disabled_user_is_refused_on_the_next_request()
    {
        await Portal.CreateUserAsync("disable-now", AppRoles.RcOfficer, "yicheng", "东虹社区");
        using var client = Portal.ClientFrom("203.0.113.61");
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("disable-now", SecurityPortal.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        using (var scope = Portal.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByNameAsync("disable-now"))!;
            user.IsDisabled = true;
            await users.UpdateSecurityStampAsync(user);
        }

        var after = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Account/Login", after.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Account/Login", HttpStatusCode.OK)]
    [InlineData("/js/site.js", HttpStatusCode.OK)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    [InlineData("/", HttpStatusCode.Redirect)]
    public async Task Every_response_carries_the_security_headers(string url, HttpStatusCode status)
    {
        using var client = Portal.ClientFrom("203.0.113.62");
        var response = await client.GetAsync(url);
        Assert.Equal(status, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline';", csp.Split("style-src")[0], StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task Cookies_are_secure_when_the_known_proxy_says_the_request_came_over_https()
    {
        using (var https = Portal.ClientFrom("203.0.113.63"))
        {
            https.SetHeader("X-Forwarded-Proto", "https");
            var page = await https.GetAsync("/Account/Login");
            Assert.Contains(page.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        }

        // The form is fetched over http (a secure antiforgery cookie would not be sent back to http://localhost), posted over "https".
        using var client = Portal.ClientFrom("203.0.113.63");
        var form = await client.GetDocumentAsync("/Account/Login");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        client.SetHeader("X-Forwarded-Proto", "https");
        var signIn = await client.PostRawAsync("/Account/Login", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.UserName"] = "demo-rc",
            ["Input.Password"] = PortalClient.DemoPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains("secure", Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("cs.auth=", StringComparison.Ordinal)), StringComparison.OrdinalIgnoreCase);

        using var plain = Portal.ClientFrom("203.0.113.63");
        var overHttp = await plain.SignInAsync("demo-rc", PortalClient.DemoPassword);
        Assert.DoesNotContain("secure", Assert.Single(overHttp.Headers.GetValues("Set-Cookie"), c => c.StartsWith("cs.auth=", StringComparison.Ordinal)), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_administrator_reset_ends_the_session_and_forces_a_new_password_at_the_next_sign_in()
    {
        await Portal.CreateUserAsync("reset-probe", AppRoles.RcOfficer, "yicheng", "东虹社区");
        Guid id;
        using (var scope = Portal.Services.CreateScope())
        {
            id = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync("reset-probe"))!.Id;
        }

        using var session = Portal.ClientFrom("203.0.113.64");
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync("reset-probe", SecurityPortal.Password)).StatusCode);

        using var admin = Portal.ClientFrom("203.0.113.65");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SignInAsync("demo-admin", PortalClient.DemoPassword)).StatusCode);
        var reset = await admin.SubmitFormAsync($"/Admin/Users/Password/{id}", new Dictionary<string, string> { ["Input.NewPassword"] = "temporary from admin" }, "#reset-password-form");
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);

        Assert.Contains("/Account/Login", (await session.GetAsync("/")).Headers.Location!.ToString(), StringComparison.Ordinal);

        using var user = Portal.ClientFrom("203.0.113.64");
        Assert.Equal(HttpStatusCode.Redirect, (await user.SignInAsync("reset-probe", "temporary from admin")).StatusCode);
        foreach (var url in new[] { "/", "/Inbox", "/MyAccount" })
        {
            Assert.Equal("/MyAccount/ChangePassword", (await user.GetAsync(url)).Headers.Location?.ToString());
        }

        var page = await user.GetDocumentAsync("/MyAccount/ChangePassword");
        Assert.NotNull(page.QuerySelector("#must-change-password"));
        var changed = await ChangePasswordAsync(user, "temporary from admin", "only I know this one");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/")).StatusCode);

        using var again = Portal.ClientFrom("203.0.113.64");
        Assert.Equal(HttpStatusCode.Redirect, (await again.SignInAsync("reset-probe", "only I know this one")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task A_user_changes_their_own_password_from_my_account()
    {
        await Portal.CreateUserAsync("self-change", AppRoles.RcOfficer, "yicheng", "东虹社区");
        using var client = Portal.ClientFrom("203.0.113.66");
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("self-change", SecurityPortal.Password)).StatusCode);
        var layout = await client.GetDocumentAsync("/");
        Assert.Equal("/MyAccount", layout.QuerySelector("#current-user")!.GetAttribute("href"));
        var account = await client.GetDocumentAsync("/MyAccount");
        Assert.NotNull(account.QuerySelector("#change-password-link"));

        var wrong = await ChangePasswordAsync(client, "not my password", "a brand new passphrase");
        Assert.Contains("当前密码不正确", await Refused.MessageAtAsync(wrong, "Input.CurrentPassword"), StringComparison.Ordinal);

        var changed = await ChangePasswordAsync(client, SecurityPortal.Password, "a brand new passphrase");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    /// <summary>Sends the change-password form of My account, the new password typed twice.</summary>
    private static Task<HttpResponseMessage> ChangePasswordAsync(PortalClient client, string current, string newPassword) =>
        client.SubmitFormAsync("/MyAccount/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = current,
            ["Input.NewPassword"] = newPassword,
            ["Input.ConfirmPassword"] = newPassword,
        });

    private HttpClient CopyCookies(HttpResponseMessage signIn)
    {
        var cookies = signIn.Headers.GetValues("Set-Cookie")
            .Where(c => c.StartsWith("cs.auth", StringComparison.Ordinal))
            .Select(c => c.Split(';')[0]);
        var thief = Portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        thief.DefaultRequestHeaders.Add("Cookie", string.Join("; ", cookies));
        thief.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.99");
        return thief;
    }
}
