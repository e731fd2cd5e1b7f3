namespace CommunityStation.Web.Tests.Pages.Admin.Users;

/// <summary>Admin/Users/Status: disable, enable, unlock. Own database: the class changes accounts.</summary>
public sealed class StatusTests(PortalFactory portal) : OwnPortalTests(portal)
{
    [Fact]
    public async Task Disabling_a_user_signs_them_out_and_refuses_sign_in_until_enabled()
    {
        var (user, id) = await AdminUsers.NewAccountAsync(Portal, "town-disabled");
        var status = $"/Admin/Users/Status/{id}";
        using var town = await SignInAsync(user, AdminUsers.ProbePassword);
        await town.GetDocumentAsync("/Communities");
        using var admin = await SignInAsync("demo-admin");

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync(status, new Dictionary<string, string>(), "#disable-form")).StatusCode);

        // The security stamp is checked on every request in tests: the open session ends at once.
        var after = await town.GetAsync("/Communities");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Account/Login", after.Headers.Location!.ToString(), StringComparison.Ordinal);
        using (var again = new PortalClient(Portal))
        {
            Assert.Equal(HttpStatusCode.OK, (await again.SignInAsync(user, AdminUsers.ProbePassword)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync(status, new Dictionary<string, string>(), "#enable-form")).StatusCode);
        using (await SignInAsync(user, AdminUsers.ProbePassword))
        {
        }
    }

    [Fact]
    public async Task Unlocking_lifts_a_lockout_at_once_and_is_audited()
    {
        var (user, id) = await AdminUsers.NewAccountAsync(Portal, "town-locked");
        // Failed sign-ins no longer lock an account (they are throttled, ADR 0006); a lockout still
        // stored on the account (from before, or set by Identity) is what the administrator lifts.
        using (var scope = Portal.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var account = (await users.FindByNameAsync(user))!;
            Assert.True((await users.SetLockoutEndDateAsync(account, DateTimeOffset.UtcNow.AddHours(1))).Succeeded);
        }

        using (var locked = new PortalClient(Portal))
        {
            Assert.Equal(HttpStatusCode.OK, (await locked.SignInAsync(user, AdminUsers.ProbePassword)).StatusCode);
        }

        using var admin = await SignInAsync("demo-admin");
        var status = await admin.GetDocumentAsync($"/Admin/Users/Status/{id}");
        Assert.NotNull(status.QuerySelector("#user-locked"));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync($"/Admin/Users/Status/{id}", new Dictionary<string, string>(), "#unlock-form")).StatusCode);

        using (await SignInAsync(user, AdminUsers.ProbePassword))
        {
        }

        await using var db = Portal.CreateDbContext(null);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityKey == id.ToString() && a.Detail == "lockout lifted by administrator" && a.UserName == "demo-admin"));
    }

    [Fact]
    public async Task An_administrator_cannot_disable_their_own_account()
    {
        var status = $"/Admin/Users/Status/{await AdminUsers.IdOfAsync(Portal, "demo-admin")}";
        using var admin = await SignInAsync("demo-admin");
        Assert.NotNull((await admin.GetDocumentAsync(status)).QuerySelector("#cannot-disable-self"));

        var refused = await admin.PostAsync(status, new Dictionary<string, string> { ["Input.Disabled"] = "true" }, status);
        await Refused.OnPageAsync(refused);
    }
}
