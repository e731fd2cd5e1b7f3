using CommunityStation.Infrastructure.Database;
using DotNet.Testcontainers.Builders;
using Microsoft.Extensions.Logging.Abstractions;
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
        try
        {
            _container = new PostgreSqlBuilder("postgres:16-alpine").Build();
            await _container.StartAsync();
            return _container.GetConnectionString();
        }
        catch (Exception e) when (e is DockerUnavailableException or InvalidOperationException or TimeoutException or ArgumentException or AggregateException or System.Net.Http.HttpRequestException)
        {
            problems.Add("Docker: " + e.Message);
        }

        try
        {
            return await LocalPostgresCluster.EnsureStartedAsync(Path.Combine(RepositoryRoot(), ".localdb"), NullLogger.Instance);
        }
        catch (InvalidOperationException e)
        {
            problems.Add("Local cluster: " + e.Message);
        }

        throw new InvalidOperationException(
            "No PostgreSQL for the tests. Install PostgreSQL 15+ server binaries (apt-get install postgresql), " +
            "or run a Docker engine, or set CS_TEST_POSTGRES to an admin connection string.\n" + string.Join("\n", problems));
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
