using CommunityStation.Infrastructure.Tenancy;

namespace CommunityStation.Web.Tests.Infrastructure;

/// <summary>
/// The whole portal on a fresh PostgreSQL database of its own (migrated as the owner role, served as
/// the non-owner app role, demo data seeded), exactly as <c>dotnet run</c> starts it.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>The password of every account made by <see cref="CreateUserAsync"/>.</summary>
    public const string ProbePassword = "Probe!pass-2026";

    public string DatabaseName { get; } = $"cs_test_{Environment.ProcessId}_{Guid.NewGuid():N}"[..40];

    public DatabaseConnections Connections { get; private set; } = null!;

    public string AdminConnectionString { get; private set; } = string.Empty;

    public virtual async Task InitializeAsync()
    {
        AdminConnectionString = await TestPostgres.GetAdminConnectionStringAsync();
        Connections = await DatabaseProvisioner.EnsureDatabaseAsync(AdminConnectionString, DatabaseName);

        // Starting the host migrates and seeds. One host at a time: Program sets and freezes Serilog's
        // static bootstrap logger, so two classes with their own portal starting at once would race on it.
        lock (StartLock)
        {
            StartPortal();
        }
    }

    private static readonly Lock StartLock = new();

    /// <summary>Starts the host (in memory here; on Kestrel for browser tests).</summary>
    protected virtual void StartPortal() => _ = Services;

    public new virtual async Task DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            await DatabaseProvisioner.DropDatabaseAsync(AdminConnectionString, DatabaseName);
        }
        catch (Npgsql.NpgsqlException)
        {
            // A leftover test database is harmless; the next run uses a new name.
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Default", Connections.App);
        builder.UseSetting("ConnectionStrings:Migrations", Connections.Owner);
        builder.UseSetting("Demo:Seed", "true");
        // Identity rebuilds the claims on every request, so a role change shows at once. (Ended sessions
        // are refused at once anyway: the stamp is checked on every request, see SessionValidator.)
        builder.UseSetting("Identity:SecurityStampSeconds", "0");

        // The reminders job is run by the tests that are about it (ReminderTests), not on every portal's start.
        builder.UseSetting("Reminders:Enabled", "false");
    }

    /// <summary>
    /// Creates an extra account (password Probe!pass-2026) for tests that need more users than the demo has.
    /// Marked as a demo account unless <paramref name="demoAccount"/> is false, so (in Development) it
    /// signs in without two-factor enrolment like the seeded ones.
    /// </summary>
    public async Task<string> CreateUserAsync(string userName, string role, string? tenantCode = null, string? communityName = null, bool demoAccount = true)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<CommunityStation.Infrastructure.Identity.AppUser>>();
        if (await users.FindByNameAsync(userName) is not null)
        {
            return userName;
        }

        var user = new CommunityStation.Infrastructure.Identity.AppUser
        {
            UserName = userName,
            DisplayName = userName,
            LockoutEnabled = true,
            CreatedAt = DateTimeOffset.UtcNow,
            TenantId = tenantCode is null ? null : CommunityStation.Infrastructure.Seeding.DemoData.TenantId(tenantCode),
            CommunityId = communityName is null ? null : CommunityStation.Infrastructure.Seeding.DemoData.CommunityId(tenantCode!, communityName),
        };
        var created = await users.CreateAsync(user, ProbePassword);
        Assert.True(created.Succeeded, string.Join(";", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        if (demoAccount)
        {
            await users.AddClaimAsync(user, new System.Security.Claims.Claim(CommunityStation.Infrastructure.Identity.AppClaims.DemoAccount, "true"));
        }

        return userName;
    }

    /// <summary>A DbContext as the app role, acting in <paramref name="tenantId"/> (null: no tenant).</summary>
    public AppDbContext CreateDbContext(Guid? tenantId, string userName = "test")
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        PersistenceSetup.Configure(options, Connections.App);
        var tenant = new TenantContext(Services.GetRequiredService<TimeProvider>());
        tenant.SetUser(null, userName, tenantId);
        return new AppDbContext(options.Options, tenant);
    }
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFactory>
{
    public const string Name = "portal";
}
