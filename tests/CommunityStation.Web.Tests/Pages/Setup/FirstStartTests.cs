namespace CommunityStation.Web.Tests.Pages.Setup;

/// <summary>
/// Issue 12, first start: Production on an empty database needs only a connection string and the bootstrap administrator;
/// there is no demo data, and the first administrator changes the password and enrols an authenticator at the first sign-in.
/// </summary>
public sealed class FirstStartTests(ProductionPortal portal) : PortalTests<ProductionPortal>(portal), IClassFixture<ProductionPortal>
{
    private const string NewPassword = "Only-the-admin-knows-2026";

    [Fact]
    public async Task Production_starts_on_an_empty_database_with_no_demo_data_and_one_administrator()
    {
        var counts = await QueryAsync(null, async db => new
        {
            Tenants = await db.Tenants.CountAsync(),
            Users = await db.Users.Select(u => u.UserName).ToListAsync(),
            DutyAreas = await db.DutyAreas.CountAsync(),
        });
        Assert.Equal(0, counts.Tenants);
        Assert.Equal([ProductionHost.AdminUserName], counts.Users);
        Assert.Equal(10, counts.DutyAreas);
        await using var db = Portal.CreateDbContext(null);
        await db.Database.BeginTransactionAsync();
        await db.EnterCityReadModeAsync("test: no demo rows");
        Assert.False(await db.Communities.AnyAsync());
        Assert.False(await db.People.AnyAsync());

        using var visitor = new PortalClient(Portal);
        Assert.NotEqual(HttpStatusCode.Redirect, (await visitor.SignInAsync("demo-admin", PortalClient.DemoPassword)).StatusCode);
    }

    [Fact]
    public async Task The_first_administrator_changes_the_password_then_enrols_an_authenticator_then_reaches_the_city_set_up()
    {
        using var admin = new PortalClient(Portal);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SignInAsync(ProductionHost.AdminUserName, ProductionHost.BootstrapPassword)).StatusCode);
        foreach (var url in new[] { "/", "/Admin/Tenants", "/MyAccount/Authenticator" })
        {
            Assert.Equal("/MyAccount/ChangePassword", (await admin.GetAsync(url)).Headers.Location?.ToString());
        }

        var changed = await admin.SubmitFormAsync("/MyAccount/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = ProductionHost.BootstrapPassword,
            ["Input.NewPassword"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        foreach (var url in new[] { "/", "/Admin/Tenants" })
        {
            Assert.Equal("/MyAccount/Authenticator", (await admin.GetAsync(url)).Headers.Location?.ToString());
        }

        var enrol = await admin.GetDocumentAsync("/MyAccount/Authenticator");
        var key = enrol.QuerySelector("#shared-key")!.TextContent;
        var enrolled = await admin.SubmitFormAsync("/MyAccount/Authenticator", new Dictionary<string, string> { ["Code"] = Totp.Code(key) });
        Assert.Equal("/MyAccount/RecoveryCodes", enrolled.Headers.Location?.ToString());

        var home = await admin.GetDocumentAsync("/");
        Assert.NotNull(home.QuerySelector("a[href='/Admin/Tenants']"));
        Assert.NotNull((await admin.GetDocumentAsync("/Admin/Tenants")).QuerySelector("#no-tenants"));

        // The bootstrap password no longer signs in, and the next sign-in asks for the second factor.
        using var again = new PortalClient(Portal);
        Assert.NotEqual(HttpStatusCode.Redirect, (await again.SignInAsync(ProductionHost.AdminUserName, ProductionHost.BootstrapPassword)).StatusCode);
        var password = await again.SignInAsync(ProductionHost.AdminUserName, NewPassword);
        Assert.StartsWith("/Account/LoginWith2fa", password.Headers.Location!.ToString(), StringComparison.Ordinal);

        // Restarting does not create a second administrator nor reset this one's password.
        await using var scope = Portal.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Seeder>().EnsureAdministratorAsync("another-admin", ProductionHost.BootstrapPassword);
        Assert.Equal([ProductionHost.AdminUserName], await QueryAsync(null, db => db.Users.Select(u => u.UserName).ToListAsync()));
    }
}
