using System.Diagnostics;
using CommunityStation.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace CommunityStation.Bench;

/// <summary>
/// <c>generate --scale city|province</c>: a fresh database through the portal's own migrations, grants and
/// reference data, then every table by binary COPY (secondary indexes dropped first and rebuilt after,
/// foreign-key triggers off while loading), ANALYZE, and a check that every row's tenant is real.
/// </summary>
public static class Generator
{
    public static async Task<BenchDatabase> RunAsync(BenchOptions options)
    {
        var shape = Shape.For(options.Scale, options.Fraction);
        var clock = Stopwatch.StartNew();
        var database = await BenchDatabase.OpenAsync(options.Connection, options.DatabaseName);
        await database.DropAsync();
        database = await BenchDatabase.OpenAsync(options.Connection, options.DatabaseName);
        Progress.Say($"{shape.Name} (fraction {shape.Fraction}): {shape.Tenants:N0} tenants, {shape.Communities:N0} communities and stations, {shape.Staff:N0} staff, " +
            $"{(long)shape.ResidentsPerStation * shape.Stations:N0} residents, {(long)shape.CasesPerStation * shape.Stations:N0} cases into {database.Name}");
        Progress.Say("migrating, granting and seeding reference data through the portal");
        await database.PrepareSchemaAsync();

        await using var db = NpgsqlDataSource.Create(database.AdminInDatabase);
        var world = new World(shape, DateTimeOffset.UtcNow, await ItemsAsync(db), await RolesAsync(db),
            new PasswordHasher<AppUser>().HashPassword(new AppUser(), World.Password));
        var tables = new Tables(db, world);

        (string Table, Func<Task<long>> Fill)[] small =
        [
            ("tenants", tables.TenantsAsync), ("people", tables.PeopleAsync), ("communities", tables.CommunitiesAsync), ("stations", tables.StationsAsync),
            ("station_profiles", tables.StationProfilesAsync), ("desks", tables.DesksAsync), ("workforce_assignments", tables.WorkforceAssignmentsAsync),
            ("station_posts", tables.StationPostsAsync), ("contracts", tables.ContractsAsync), ("roster_filings", tables.RosterFilingsAsync),
            ("station_applications", tables.StationApplicationsAsync), ("application_steps", tables.ApplicationStepsAsync), ("users", tables.UsersAsync),
            ("user_roles", tables.UserRolesAsync), ("desk_duties", tables.DeskDutiesAsync), ("case_counters", tables.CaseCountersAsync),
        ];

        // The large tables in two lanes, one per core.
        (string Table, Func<Task<long>> Fill)[][] lanes =
        [
            [("service_cases", tables.ServiceCasesAsync), ("ratings", tables.RatingsAsync), ("notifications", tables.NotificationsAsync)],
            [("case_steps", tables.CaseStepsAsync), ("residents", tables.ResidentsAsync), ("audit_entries", tables.AuditEntriesAsync)],
        ];

        var all = small.Concat(lanes.SelectMany(l => l)).Select(t => t.Table).ToList();
        var indexes = await DropSecondaryIndexesAsync(db, all);
        foreach (var (table, fill) in small)
        {
            await FillAsync(table, fill);
        }

        await Task.WhenAll(lanes.Select(async lane =>
        {
            foreach (var (table, fill) in lane)
            {
                await FillAsync(table, fill);
            }
        }));

        Progress.Say($"rebuilding {indexes.Count} secondary indexes");
        await Task.WhenAll(indexes.Chunk((indexes.Count + 1) / 2).Select(async chunk =>
        {
            foreach (var definition in chunk)
            {
                await ExecuteAsync(db, "SET maintenance_work_mem = '512MB'; " + definition);
            }
        }));
        Progress.Say("analyzing");
        await ExecuteAsync(db, "VACUUM (ANALYZE)");
        await CheckTenantsAsync(db);
        var size = await database.SizeBytesAsync();
        Progress.Say($"done in {clock.Elapsed:mm\\:ss}: {database.Name} is {size / 1024.0 / 1024 / 1024:F2} GiB");
        await File.WriteAllTextAsync(Path.Combine(Repository.BenchOutput, $"generate-{shape.Name}.txt"),
            $"scale={shape.Name} fraction={shape.Fraction} seconds={clock.Elapsed.TotalSeconds:F0} bytes={size} cases={(long)shape.CasesPerStation * shape.Stations}\n");
        return database;
    }

    private static async Task FillAsync(string table, Func<Task<long>> fill)
    {
        var started = Stopwatch.StartNew();
        var rows = await fill();
        Progress.Say($"{table}: {rows:N0} rows in {started.Elapsed.TotalSeconds:F1} s");
    }

    private static async Task<IReadOnlyList<World.Item>> ItemsAsync(NpgsqlDataSource db)
    {
        var items = new List<World.Item>();
        await using var command = db.CreateCommand("SELECT id, duty_area_code, name_zh, promised_days FROM service_items WHERE is_active ORDER BY duty_area_code, name_zh");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            items.Add(new World.Item(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3)));
        }

        return items;
    }

    private static async Task<IReadOnlyDictionary<string, Guid>> RolesAsync(NpgsqlDataSource db)
    {
        var roles = new Dictionary<string, Guid>();
        await using var command = db.CreateCommand("SELECT name, id FROM roles");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            roles[reader.GetString(0)] = reader.GetGuid(1);
        }

        return roles;
    }

    /// <summary>Indexes that back no constraint are dropped before the load and rebuilt after it (a sorted build instead of row-by-row inserts).</summary>
    private static async Task<List<string>> DropSecondaryIndexesAsync(NpgsqlDataSource db, IReadOnlyList<string> tables)
    {
        var definitions = new List<(string Name, string Definition)>();
        await using (var command = db.CreateCommand("""
            SELECT i.indexname, i.indexdef FROM pg_indexes i
            WHERE i.schemaname = 'public' AND i.tablename = ANY(@tables)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
            """))
        {
            command.Parameters.AddWithValue("tables", tables.ToArray());
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                definitions.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in definitions)
        {
            await ExecuteAsync(db, $"DROP INDEX \"{name}\"");
        }

        return [.. definitions.Select(d => d.Definition)];
    }

    /// <summary>Every tenant-owned row names a tenant that exists, so row-level security shows it to that tenant's users.</summary>
    private static async Task CheckTenantsAsync(NpgsqlDataSource db)
    {
        await using var command = db.CreateCommand("""
            SELECT string_agg(table_name, ', ') FROM information_schema.columns WHERE column_name = 'tenant_id' AND table_schema = 'public' AND table_name <> 'audit_entries' AND table_name <> 'users'
            """);
        var tables = ((string)(await command.ExecuteScalarAsync())!).Split(", ");
        foreach (var table in tables)
        {
            await using var check = db.CreateCommand($"SELECT count(*) FROM {table} x WHERE NOT EXISTS (SELECT 1 FROM tenants t WHERE t.id = x.tenant_id)");
            if ((long)(await check.ExecuteScalarAsync())! is var orphans and > 0)
            {
                throw new InvalidOperationException($"{table}: {orphans} rows name no tenant");
            }
        }

        Progress.Say($"every row of {tables.Length} tenant tables names an existing tenant");
    }

    internal static async Task ExecuteAsync(NpgsqlDataSource db, string sql)
    {
        await using var command = db.CreateCommand(sql);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }
}
