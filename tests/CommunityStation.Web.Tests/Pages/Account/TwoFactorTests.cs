namespace CommunityStation.Web.Tests.Pages.Account;

/// <summary>TOTP two-factor sign-in: required for admin, bureau and town roles (demo accounts exempt in Development).</summary>
public sealed class TwoFactorTests(SecurityPortal portal) : SecurityPortalTests(portal)
{
    [Fact]
    public async Task A_town_official_must_enrol_an_authenticator_and_then_signs_in_with_its_code()
    {
        await Portal.CreateUserAsync("town-2fa", AppRoles.TownOfficial, "yicheng", demoAccount: false);
        using var client = Portal.ClientFrom("203.0.113.80");
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("town-2fa", SecurityPortal.Password)).StatusCode);
        foreach (var url in new[] { "/", "/Communities", "/MyAccount/ChangePassword" })
        {
            Assert.Equal("/MyAccount/Authenticator", (await client.GetAsync(url)).Headers.Location?.ToString());
        }

        var (key, _) = await EnrolAsync(client);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        using var next = Portal.ClientFrom("203.0.113.80");
        var password = await next.SignInAsync("town-2fa", SecurityPortal.Password);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.StartsWith("/Account/LoginWith2fa", password.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains("/Account/Login", (await next.GetAsync("/")).Headers.Location!.ToString(), StringComparison.Ordinal);

        var wrong = await next.SubmitFormAsync("/Account/LoginWith2fa", new Dictionary<string, string> { ["Input.Code"] = "000000" == Totp.Code(key) ? "111111" : "000000" }, "#code-form");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("验证码不正确", (await PortalClient.ParseAsync(wrong)).QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);

        // The next 30-second step's code: accepted (clock drift) and not the one used to enrol.
        var code = await next.SubmitFormAsync("/Account/LoginWith2fa", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(30)) }, "#code-form");
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.Equal("/", code.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await next.GetAsync("/")).StatusCode);
        var account = await next.GetDocumentAsync("/MyAccount");
        Assert.Contains("10", account.QuerySelector("#recovery-codes-left")!.TextContent, StringComparison.Ordinal);
        Assert.Null(account.QuerySelector("#disable-two-factor"));
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        await Portal.CreateUserAsync("bureau-2fa", AppRoles.Bureau, demoAccount: false);
        using var client = Portal.ClientFrom("203.0.113.81");
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("bureau-2fa", SecurityPortal.Password)).StatusCode);
        var (_, codes) = await EnrolAsync(client);

        using var first = Portal.ClientFrom("203.0.113.81");
        await first.SignInAsync("bureau-2fa", SecurityPortal.Password);
        var used = await first.SubmitFormAsync("/Account/LoginWith2fa", new Dictionary<string, string> { ["Input.RecoveryCode"] = codes[0] }, "#recovery-form");
        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/")).StatusCode);

        using var second = Portal.ClientFrom("203.0.113.81");
        await second.SignInAsync("bureau-2fa", SecurityPortal.Password);
        var again = await second.SubmitFormAsync("/Account/LoginWith2fa", new Dictionary<string, string> { ["Input.RecoveryCode"] = codes[0] }, "#recovery-form");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("恢复码不正确", (await PortalClient.ParseAsync(again)).QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_rc_officer_may_turn_two_factor_on_and_off_again()
    {
        await Portal.CreateUserAsync("rc-2fa", AppRoles.RcOfficer, "yicheng", "东虹社区", demoAccount: false);
        using var client = Portal.ClientFrom("203.0.113.82");
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("rc-2fa", SecurityPortal.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Assert.NotNull((await client.GetDocumentAsync("/MyAccount")).QuerySelector("#enrol-link"));

        await EnrolAsync(client);
        var off = await client.SubmitFormAsync("/MyAccount", new Dictionary<string, string>(), "form[action*='DisableTwoFactor']");
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.NotNull((await client.GetDocumentAsync("/MyAccount")).QuerySelector("#enrol-link"));

        using var next = Portal.ClientFrom("203.0.113.82");
        Assert.Equal("/", (await next.SignInAsync("rc-2fa", SecurityPortal.Password)).Headers.Location!.ToString());
    }

    [Fact]
    public async Task Demo_accounts_sign_in_with_the_password_alone_in_development()
    {
        foreach (var name in new[] { "demo-admin", "demo-bureau", "demo-town" })
        {
            using var client = Portal.ClientFrom("203.0.113.83");
            var signIn = await client.SignInAsync(name, PortalClient.DemoPassword);
            Assert.Equal("/", signIn.Headers.Location!.ToString());
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        }
    }

    [Fact]
    public async Task The_second_step_without_the_first_goes_back_to_sign_in()
    {
        using var client = Portal.ClientFrom("203.0.113.84");
        var response = await client.GetAsync("/Account/LoginWith2fa");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Enrols through the page the way a user with an app would; returns the key and the recovery codes.</summary>
    private static async Task<(string Key, string[] RecoveryCodes)> EnrolAsync(PortalClient client)
    {
        var page = await client.GetDocumentAsync("/MyAccount/Authenticator");
        Assert.NotNull(page.QuerySelector("#authenticator-qr svg"));
        var key = page.QuerySelector("#shared-key")!.TextContent;

        var wrong = await client.SubmitFormAsync("/MyAccount/Authenticator", new Dictionary<string, string> { ["Code"] = "12345" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);

        var enrolled = await client.SubmitFormAsync("/MyAccount/Authenticator", new Dictionary<string, string> { ["Code"] = Totp.Code(key) });
        Assert.Equal(HttpStatusCode.Redirect, enrolled.StatusCode);
        Assert.Equal("/MyAccount/RecoveryCodes", enrolled.Headers.Location!.ToString());
        var codes = await client.GetDocumentAsync("/MyAccount/RecoveryCodes");
        string[] recoveryCodes = [.. codes.QuerySelectorAll("#recovery-codes li").Select(li => li.TextContent.Trim())];
        Assert.Equal(10, recoveryCodes.Length);

        // Shown once.
        Assert.NotNull((await client.GetDocumentAsync("/MyAccount/RecoveryCodes")).QuerySelector("#recovery-codes-gone"));
        return (key, recoveryCodes);
    }
}
