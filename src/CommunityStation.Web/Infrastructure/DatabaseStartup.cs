using CommunityStation.Infrastructure.Database;
using CommunityStation.Infrastructure.Seeding;

namespace CommunityStation.Web.Infrastructure;

/// <summary>
/// Decides which database the portal talks to. With <c>ConnectionStrings:Default</c> set, that one
/// (and <c>ConnectionStrings:Migrations</c>, the owner role, for migrating). Without it, Development
/// starts a private PostgreSQL cluster under <c>.localdb/</c>; any other environment refuses to start.
/// </summary>
public static class DatabaseStartup
{
    public const string LocalDatabaseName = "communitystation";

    /// <summary>The portal's local cluster keeps PostgreSQL's durable defaults (fsync on); only test clusters relax them.</summary>
    public const ClusterDurability LocalClusterDurability = ClusterDurability.Durable;

    public static async Task ResolveConnectionStringsAsync(WebApplicationBuilder builder, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString("Default")))
        {
            return;
        }

        if (!builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                "ConnectionStrings:Default is required outside Development (set ConnectionStrings__Default to the app role's connection string).");
        }

        var dataRoot = builder.Configuration["LocalDatabase:DataRoot"] ?? Path.Combine(FindRepositoryRoot(builder.Environment.ContentRootPath), ".localdb");
        var admin = await LocalPostgresCluster.EnsureStartedAsync(dataRoot, logger, LocalClusterDurability);
        var connections = await DatabaseProvisioner.EnsureDatabaseAsync(admin, LocalDatabaseName);
        builder.Configuration["ConnectionStrings:Default"] = connections.App;
        builder.Configuration["ConnectionStrings:Migrations"] = connections.Owner;
    }

    /// <summary>
    /// Migrates (when an owner connection is configured and migrating on start is on) and seeds, before the portal
    /// serves requests. In Production the upgrade is its own step (<c>migrate</c>, see docs/operations.md) unless
    /// <c>Database:MigrateOnStart</c> is true, and a schema behind this version stops the start.
    /// </summary>
    public static async Task PrepareDatabaseAsync(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var config = app.Configuration;
        var owner = config.GetConnectionString("Migrations");
        var migrateOnStart = config.GetValue("Database:MigrateOnStart", !app.Environment.IsProduction());
        if (!string.IsNullOrWhiteSpace(owner) && migrateOnStart)
        {
            await DatabaseInitializer.MigrateAsync(owner, config.GetConnectionString("Default")!, app.Logger);
        }
        else
        {
            await RequireCurrentSchemaAsync(app);
        }

        var seedDemo = config.GetValue("Demo:Seed", app.Environment.IsDevelopment());
        if (seedDemo && app.Environment.IsProduction())
        {
            throw new InvalidOperationException("Demo data and demo accounts are never seeded in Production (Demo:Seed must be false).");
        }

        await using var scope = app.Services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetRequiredService<Seeder>();
        await seeder.SeedReferenceDataAsync();
        await seeder.EnsureAdministratorAsync(config["Bootstrap:AdminUserName"], config["Bootstrap:AdminPassword"]);
        if (seedDemo)
        {
            await seeder.SeedDemoAsync();
        }
    }

    /// <summary>Without migrating: the schema must already be this version's (the app role may read the migrations history, nothing more).</summary>
    private static async Task RequireCurrentSchemaAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var pending = (await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetPendingMigrationsAsync()).ToList();
        if (pending.Count > 0)
        {
            throw new InvalidOperationException(
                $"The database is behind this version of the portal ({pending.Count} migration(s) pending: {string.Join(", ", pending)}). " +
                "Run the upgrade first: dotnet CommunityStation.Web.dll migrate (with ConnectionStrings__Migrations set to the owner role), see docs/operations.md.");
        }
    }

    public static string FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CommunityStation.sln")))
            {
                return dir.FullName;
            }
        }

        return start;
    }
}
