using Microsoft.Extensions.Logging;
using Testcontainers.PostgreSql;

namespace CommunityStation.Web.Tests.Infrastructure;

/// <summary>
/// Where the tests' PostgreSQL comes from (ADR 0002): CS_TEST_POSTGRES if set, else Testcontainers when a
/// Docker engine answers, else the private local cluster. If none can be had the tests fail saying what
/// to install: they never pass by not running.
/// </summary>
public static class TestPostgres
{
    private static readonly Lazy<Task<string>> Admin = new(ResolveAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    private static PostgreSqlContainer? _container;

    public static Task<string> GetAdminConnectionStringAsync() => Admin.Value;

    private static async Task<string> ResolveAsync()
    {
        var configured = Environment.GetEnvironmentVariable("CS_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var problems = new List<string>();
        PostgreSqlContainer? container = null;
        try
        {
            // The parameterless builder is obsolete in Testcontainers 4.x; the image goes in the constructor.
            container = new PostgreSqlBuilder("postgres:16-alpine").Build();
            await container.StartAsync();

            // Kept for the life of the process (Testcontainers' reaper removes it afterwards).
            _container = container;
            return container.GetConnectionString();
        }
        catch (Exception e)
        {
            problems.Add($"Docker (Testcontainers): {e.GetType().Name}: {e.Message}");
            if (container is not null)
            {
                try
                {
                    await container.DisposeAsync();
                }
                catch (Exception disposal)
                {
                    problems.Add($"Docker (Testcontainers) clean-up: {disposal.GetType().Name}: {disposal.Message}");
                }
            }
        }

        try
        {
            // Test data is disposable: a cluster started here runs with fsync off, and keeps it until restarted
            // (the portal's own start is durable and warns when it reuses such a cluster).
            // It says on the console which cluster it uses (data directory, port, pid), and refuses one not its own.
            using var logging = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true));
            return await LocalPostgresCluster.EnsureStartedAsync(Path.Combine(RepositoryRoot(), ".localdb"), logging.CreateLogger("TestPostgres"), ClusterDurability.RelaxedForTests);
        }
        catch (Exception e)
        {
            problems.Add($"Local cluster: {e.GetType().Name}: {e.Message}");
        }

        throw new InvalidOperationException(
            "No PostgreSQL for the tests. Install one of: PostgreSQL 15+ server binaries (Debian/Ubuntu: apt-get install postgresql), " +
            "or a running Docker engine (for Testcontainers), or set CS_TEST_POSTGRES to a superuser connection string " +
            "(e.g. Host=127.0.0.1;Port=5432;Username=postgres;Password=...).\n" + string.Join("\n", problems));
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CommunityStation.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (CommunityStation.sln) above " + AppContext.BaseDirectory);
    }
}
