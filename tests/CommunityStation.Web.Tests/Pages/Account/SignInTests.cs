namespace CommunityStation.Web.Tests.Pages.Account;

public sealed class SignInTests(PortalFactory portal) : OwnPortalTests(portal)
{
    [Fact]
    public async Task Failed_sign_ins_never_lock_the_account_against_the_right_password()
    {
        var user = await CreateUserAsync("lockout-probe", AppRoles.Bureau);
        using var client = new PortalClient(Portal);
        for (var i = 0; i < 4; i++)
        {
            var failed = await client.SignInAsync("lockout-probe", "not the password");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        var signedIn = await client.SignInAsync("lockout-probe", PortalFactory.ProbePassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        using var scope = Portal.Services.CreateScope();
        var stored = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(user.Id.ToString()))!;
        Assert.Null(stored.LockoutEnd);
    }

    [Fact]
    public async Task Forwarded_headers_from_an_unconfigured_proxy_are_ignored()
    {
        using var client = new PortalClient(Portal);
        client.SetHeader("X-Forwarded-Proto", "https");
        client.SetHeader("X-Forwarded-For", "198.51.100.7");
        var response = await client.SignInAsync("demo-rc", PortalClient.DemoPassword);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{response.StatusCode}: {(await PortalClient.ParseAsync(response)).QuerySelector(".validation-summary-errors")?.TextContent}");
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("cs.auth=", StringComparison.Ordinal));
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_disabled_user_is_signed_out_at_the_next_request()
    {
        var user = await CreateUserAsync("disable-probe", AppRoles.Bureau);
        using var client = await SignInAsync("disable-probe", PortalFactory.ProbePassword);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        using (var scope = Portal.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var fresh = (await users.FindByIdAsync(user.Id.ToString()))!;
            fresh.IsDisabled = true;
            await users.UpdateAsync(fresh);
            await users.UpdateSecurityStampAsync(fresh);
        }

        var after = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Account/Login", after.Headers.Location!.ToString(), StringComparison.Ordinal);

        using var again = new PortalClient(Portal);
        var refused = await again.SignInAsync("disable-probe", PortalFactory.ProbePassword);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var client = await SignInAsync("demo-rc");
        var response = await client.PostAsync("/Account/Logout", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Theory]
    [InlineData("12345678")]
    [InlineData("password")]
    [InlineData("short")]
    public async Task Weak_passwords_are_refused(string password)
    {
        using var scope = Portal.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var result = await users.CreateAsync(new AppUser { UserName = $"weak-{Guid.NewGuid():N}"[..20], DisplayName = "weak" }, password);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task A_long_passphrase_without_symbols_or_digits_is_accepted()
    {
        using var scope = Portal.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var result = await users.CreateAsync(new AppUser { UserName = $"pass-{Guid.NewGuid():N}"[..20], DisplayName = "pass" }, "correct horse battery staple");
        Assert.True(result.Succeeded, string.Join(";", result.Errors.Select(e => e.Description)));
    }

    private async Task<AppUser> CreateUserAsync(string userName, string role)
    {
        using var scope = Portal.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = userName, DisplayName = userName, LockoutEnabled = true, CreatedAt = DateTimeOffset.UtcNow };
        var result = await users.CreateAsync(user, PortalFactory.ProbePassword);
        Assert.True(result.Succeeded, string.Join(";", result.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);

        // Like the demo accounts: signs in without enrolling an authenticator (Development).
        await users.AddClaimAsync(user, new System.Security.Claims.Claim(AppClaims.DemoAccount, "true"));
        return user;
    }
}
