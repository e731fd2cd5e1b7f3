using Microsoft.Extensions.Configuration;
using CommunityStation.Infrastructure.Auditing;

namespace CommunityStation.Web.Tests.Outages;

/// <summary>The portal reaching PostgreSQL through a proxy the test can cut, as a database outage.</summary>
public class ProxiedPortalFactory : PortalFactory
{
    public TcpProxy Proxy { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        var admin = new NpgsqlConnectionStringBuilder(await TestPostgres.GetAdminConnectionStringAsync());
        Proxy = new TcpProxy(admin.Host!, admin.Port);
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        Proxy.Restore();
        await base.DisposeAsync();
        await Proxy.DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:Default", ViaProxy(Connections.App));
        builder.UseSetting("ConnectionStrings:Migrations", ViaProxy(Connections.Owner));
    }

    public string ViaProxy(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Host = "127.0.0.1", Port = Proxy.Port }.ConnectionString;
}

/// <summary>Production: no demo data, a bootstrap administrator, the production exception handler.</summary>
public sealed class ProductionProxiedPortalFactory : ProxiedPortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        ProductionHost.Configure(builder, "http://localhost");

        // Two-factor enrolment is not what this test is about (TwoFactorTests is).
        // (appsettings.json sets it, and that file outranks UseSetting: in-memory configuration comes last.)
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?> { ["Security:RequireTwoFactorForRoles"] = string.Empty }));
    }
}

/// <summary>
/// Hosts of their own, started one at a time and never beside the shared portal: Program's static Serilog
/// bootstrap logger cannot be frozen by two hosts starting at once.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class OutageCollection
{
    public const string Name = "outage";
}

internal static class Outage
{
    public const string ChineseTitle = "服务暂时不可用";

    public static async Task AssertUnavailableAsync(HttpResponseMessage response, string expectedText, string what)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{what}: {(int)response.StatusCode} {response.Headers.Location}\n{body}");
        Assert.Contains(expectedText, body, StringComparison.Ordinal);
        Assert.Contains("<html", body, StringComparison.Ordinal);
        Assert.NotNull(response.Headers.RetryAfter);

        // The detail is for the log only.
        Assert.DoesNotContain("Npgsql", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }

    /// <summary>
    /// While the database is down: signing in, the public station list and a signed-in page all answer 503 in Chinese.
    /// The sign-in form itself shows no data and opens no transaction (issue 13), so it still renders.
    /// </summary>
    public static async Task AssertPublicAndSignedInUnavailableAsync(PortalFactory portal, PortalClient signedIn, string signedInPage)
    {
        using var anonymous = new PortalClient(portal);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/Account/Login")).StatusCode);
        await AssertUnavailableAsync(await anonymous.SignInAsync("demo-desk", PortalClient.DemoPassword), ChineseTitle, "signing in");
        await AssertUnavailableAsync(await anonymous.GetAsync("/Public/Stations"), ChineseTitle, "public stations page");
        await AssertUnavailableAsync(await signedIn.GetAsync(signedInPage), ChineseTitle, "a signed-in page");
    }
}

[Collection(OutageCollection.Name)]
public sealed class OutageTests(ProxiedPortalFactory portal) : PortalTests<ProxiedPortalFactory>(portal), IClassFixture<ProxiedPortalFactory>
{
    [Fact]
    public async Task Every_page_answers_503_in_the_users_language_while_the_database_is_down_and_the_first_sign_in_after_it_returns_works()
    {
        using var desk = await SignInAsync("demo-desk");
        using var english = new PortalClient(Portal);
        await english.UseCultureAsync("en");

        Portal.Proxy.Cut();
        try
        {
            await Outage.AssertPublicAndSignedInUnavailableAsync(Portal, desk, "/Desk/Intake");
            await Outage.AssertUnavailableAsync(await desk.GetAsync("/"), Outage.ChineseTitle, "the signed-in home page");
            await Outage.AssertUnavailableAsync(await english.SignInAsync("demo-desk", PortalClient.DemoPassword), "Service temporarily unavailable", "signing in, in English");

            // The language switch needs no database.
            using var switcher = new PortalClient(Portal);
            await switcher.UseCultureAsync("en");
        }
        finally
        {
            Portal.Proxy.Restore();
        }

        using var head = new PortalClient(Portal);
        var signIn = await head.SignInAsync("demo-head", PortalClient.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await head.GetAsync("/")).StatusCode);

        // The session that lived through the outage is still signed in.
        Assert.Equal(HttpStatusCode.OK, (await desk.GetAsync("/Desk/Intake")).StatusCode);
    }

    [Fact]
    public async Task The_first_request_after_a_restart_nobody_saw_succeeds_on_the_dead_pooled_connections()
    {
        using var desk = await SignInAsync("demo-desk");

        // Every pooled connection dies, and no request notices before the database is back.
        Portal.Proxy.Cut();
        Portal.Proxy.Restore();

        Assert.Equal(HttpStatusCode.OK, (await desk.GetAsync("/Desk/Intake")).StatusCode);

        Portal.Proxy.Cut();
        Portal.Proxy.Restore();

        using var head = new PortalClient(Portal);
        var signIn = await head.SignInAsync("demo-head", PortalClient.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }
}

/// <summary>What the portal relies on below the pages: Npgsql's pool after a restart, and the audit writer's retry.</summary>
[Collection(OutageCollection.Name)]
public sealed class OutagePoolTests(ProxiedPortalFactory portal) : PortalTests<ProxiedPortalFactory>(portal), IClassFixture<ProxiedPortalFactory>
{
    [Fact]
    public async Task Npgsql_drops_every_idle_connection_once_one_is_found_broken()
    {
        await using var dataSource = NpgsqlDataSource.Create(Portal.ViaProxy(Portal.Connections.App));
        await WarmAsync(dataSource);

        Portal.Proxy.Cut();
        Portal.Proxy.Restore();

        // The first command meets a dead pooled connection; Npgsql then clears the pool, so the second
        // (which would otherwise get the other dead one) opens a fresh connection.
        await Assert.ThrowsAnyAsync<NpgsqlException>(async () => await SelectOneAsync(dataSource));
        Assert.Equal(1, await SelectOneAsync(dataSource));
    }

    [Fact]
    public async Task The_audit_writer_keeps_the_first_event_after_a_restart()
    {
        await using var dataSource = NpgsqlDataSource.Create(Portal.ViaProxy(Portal.Connections.App));
        await WarmAsync(dataSource);
        var audit = new AuditLog(dataSource, new CommunityStation.Infrastructure.Tenancy.TenantContext(TimeProvider.System));

        Portal.Proxy.Cut();
        Portal.Proxy.Restore();

        var marker = $"outage-probe-{Guid.NewGuid():N}";
        await audit.WriteAsync(new AuditEntry { Kind = AuditKinds.SignIn, UserName = marker });

        await using var count = dataSource.CreateCommand("SELECT count(*) FROM audit_entries WHERE user_name = $1");
        count.Parameters.Add(new NpgsqlParameter { Value = marker });
        Assert.True((long)(await count.ExecuteScalarAsync())! >= 1);
    }

    private static async Task WarmAsync(NpgsqlDataSource dataSource)
    {
        // Two connections used and returned: both sit idle in the pool when the database goes away.
        await using var first = await dataSource.OpenConnectionAsync();
        await using var second = await dataSource.OpenConnectionAsync();
        foreach (var connection in new[] { first, second })
        {
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync();
        }
    }

    private static async Task<int> SelectOneAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("SELECT 1");
        return (int)(await command.ExecuteScalarAsync())!;
    }
}

[Collection(OutageCollection.Name)]
public sealed class ProductionOutageTests(ProductionProxiedPortalFactory portal) : PortalTests<ProductionProxiedPortalFactory>(portal), IClassFixture<ProductionProxiedPortalFactory>
{
    [Fact]
    public async Task In_production_pages_answer_503_not_a_blank_500_while_the_database_is_down()
    {
        using var admin = await SignInAsync(ProductionHost.AdminUserName, ProductionHost.BootstrapPassword);

        // The bootstrap password is replaced at the first sign-in (issue 12); only then do the other pages open.
        var changed = await admin.SubmitFormAsync("/MyAccount/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = ProductionHost.BootstrapPassword,
            ["Input.NewPassword"] = "Outage!admin-changed-2026",
            ["Input.ConfirmPassword"] = "Outage!admin-changed-2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        Portal.Proxy.Cut();
        try
        {
            await Outage.AssertPublicAndSignedInUnavailableAsync(Portal, admin, "/Admin/Users");
        }
        finally
        {
            Portal.Proxy.Restore();
        }

        using var again = new PortalClient(Portal);
        var signIn = await again.SignInAsync(ProductionHost.AdminUserName, "Outage!admin-changed-2026");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Admin/Users")).StatusCode);
    }
}
