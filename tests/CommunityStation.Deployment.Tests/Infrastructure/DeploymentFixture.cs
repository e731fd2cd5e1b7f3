namespace CommunityStation.Deployment.Tests.Infrastructure;

/// <summary>
/// A city's database from empty, as docs/operations.md builds it: the published portal, a database with the owner
/// and app roles, the upgrade (<c>migrate</c>) run first, then the demo city (a Development run of the same
/// published portal with <c>Demo:Seed</c>, since Production never seeds demo data) to have stations, staff and
/// stored documents to work with.
/// </summary>
public sealed class DeploymentFixture : IAsyncLifetime
{
    public string Folder { get; private set; } = string.Empty;

    public string AdminConnectionString { get; private set; } = string.Empty;

    public string DatabaseName { get; } = $"cs_deploy_{Environment.ProcessId}_{Guid.NewGuid():N}"[..40];

    public DatabaseConnections Connections { get; private set; } = null!;

    /// <summary>What the first <c>migrate</c> printed.</summary>
    public string MigrateOutput { get; private set; } = string.Empty;

    private readonly List<string> _databases = [];

    public async Task InitializeAsync()
    {
        NginxProxy.Executable();
        Folder = await Published.FolderAsync();
        AdminConnectionString = await TestPostgres.GetAdminConnectionStringAsync();
        Connections = await NewDatabaseAsync(DatabaseName);

        var (exit, output) = await Published.RunVerbAsync(["migrate"], Production(migrations: true));
        MigrateOutput = output;
        Assert.True(exit == 0, $"migrate failed ({exit}):\n{output}");

        var seeding = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ConnectionStrings__Default"] = Connections.App,
            ["Demo__Seed"] = "true",
            ["Reminders__Enabled"] = "false",
        };
        await using var seeder = await PortalInstance.StartAsync(Published.FreePort(), seeding);
    }

    /// <summary>A new, empty database with the two roles (not migrated); dropped with the fixture.</summary>
    public async Task<DatabaseConnections> NewDatabaseAsync(string name)
    {
        _databases.Add(name);
        return await DatabaseProvisioner.EnsureDatabaseAsync(AdminConnectionString, name);
    }

    /// <summary>The environment of a Production instance (or of the upgrade, with the owner's connection).</summary>
    public Dictionary<string, string> Production(bool migrations = false, DatabaseConnections? connections = null, string? publicBaseUrl = null)
    {
        var c = connections ?? Connections;
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Default"] = c.App,
            ["Portal__PublicBaseUrl"] = publicBaseUrl ?? "http://127.0.0.1",
            ["ForwardedHeaders__KnownProxies"] = "127.0.0.1",
            ["Serilog__MinimumLevel__Default"] = "Warning",
        };
        if (migrations)
        {
            environment["ConnectionStrings__Migrations"] = c.Owner;
        }

        return environment;
    }

    /// <summary>A connection string for <paramref name="database"/> as the cluster's superuser (sees past row-level security).</summary>
    public string Admin(string database) => new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database, Pooling = false }.ConnectionString;

    public async Task DisposeAsync()
    {
        foreach (var database in _databases)
        {
            try
            {
                await DatabaseProvisioner.DropDatabaseAsync(AdminConnectionString, database);
            }
            catch (NpgsqlException)
            {
                // A leftover test database is harmless; the next run uses new names.
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class DeploymentCollection : ICollectionFixture<DeploymentFixture>
{
    public const string Name = "deployment";
}
