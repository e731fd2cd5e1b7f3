using CommunityStation.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace CommunityStation.Bench;

/// <summary>
/// The benchmark's database: created with the app's roles (<see cref="DatabaseProvisioner"/>), migrated,
/// granted and given its reference data by starting the portal itself on it once (no demo data).
/// </summary>
public sealed record BenchDatabase(string Admin, string Name, DatabaseConnections Connections)
{
    public static string DefaultAdmin =>
        Environment.GetEnvironmentVariable("CS_TEST_POSTGRES") is { Length: > 0 } shared
            ? shared
            : "Host=127.0.0.1;Port=56000;Username=postgres;Password=cs_shared";

    public static async Task<BenchDatabase> OpenAsync(string? admin, string name)
    {
        admin ??= DefaultAdmin;
        var connections = await DatabaseProvisioner.EnsureDatabaseAsync(admin, name);
        return new BenchDatabase(admin, name, connections);
    }

    /// <summary>A superuser connection into the benchmark database (COPY into tables under row-level security needs one).</summary>
    public string AdminInDatabase => new NpgsqlConnectionStringBuilder(Admin) { Database = Name, CommandTimeout = 0 }.ConnectionString;

    /// <summary>Migrates, grants and seeds the reference data exactly as the portal's start does.</summary>
    public async Task PrepareSchemaAsync()
    {
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_COMMUNITYSTATION_WEB", Repository.WebProject);
        await using var portal = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("ConnectionStrings:Default", Connections.App);
            b.UseSetting("ConnectionStrings:Migrations", Connections.Owner);
            b.UseSetting("Demo:Seed", "false");
            // The upgrade is its own step in Production (ADR 0011); here the one start does it, as a first start may.
            b.UseSetting("Database:MigrateOnStart", "true");
            b.UseSetting("Portal:PublicBaseUrl", BenchSettings.PublicBaseUrl);
            b.UseSetting("Reminders:Enabled", "false");
        });
        _ = portal.Services;
        await Task.CompletedTask;
    }

    /// <summary>Whether a generation finished here (it writes the bench accounts last but one; ANALYZE last).</summary>
    public async Task<bool> IsFilledAsync()
    {
        await using var connection = new NpgsqlConnection(AdminInDatabase);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT to_regclass('public.service_cases') IS NOT NULL AND EXISTS (SELECT 1 FROM pg_stat_user_tables WHERE relname = 'service_cases' AND (last_analyze IS NOT NULL OR last_autoanalyze IS NOT NULL))", connection);
        return (bool)(await command.ExecuteScalarAsync())!;
    }

    public async Task DropAsync() => await DatabaseProvisioner.DropDatabaseAsync(Admin, Name);

    public async Task<long> SizeBytesAsync()
    {
        await using var connection = new NpgsqlConnection(Admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_database_size(@name)", connection);
        command.Parameters.AddWithValue("name", Name);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

/// <summary>Where the checkout is (the folder holding CommunityStation.sln).</summary>
public static class Repository
{
    public static string Root { get; } = Find(AppContext.BaseDirectory) ?? Find(Directory.GetCurrentDirectory())
        ?? throw new InvalidOperationException("Run the benchmark from inside the checkout (no CommunityStation.sln found above it).");

    public static string WebProject => Path.Combine(Root, "src", "CommunityStation.Web");

    /// <summary>Where runs leave their results (git-ignored).</summary>
    public static string BenchOutput => Directory.CreateDirectory(Path.Combine(Root, "bench", "results")).FullName;

    private static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CommunityStation.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
