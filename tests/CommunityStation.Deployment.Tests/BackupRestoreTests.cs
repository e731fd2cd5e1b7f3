namespace CommunityStation.Deployment.Tests;

/// <summary>
/// Issue 12, the drill docs/operations.md prescribes: back up with deploy/backup.sh (as the documented backup role,
/// with retention), restore with deploy/restore.sh into a fresh database, and compare the row count of every table
/// and the SHA-256 of every stored document; the restored database still binds the app role by row-level security.
/// </summary>
[Collection(DeploymentCollection.Name)]
public sealed class BackupRestoreTests(DeploymentFixture city)
{
    private const string BackupRole = "cs_backup";
    private const string BackupPassword = "cs_backup_test";

    [Fact]
    public async Task The_drill_restores_every_row_and_every_document_into_a_fresh_database()
    {
        await CreateBackupRoleAsync();
        var folder = Directory.CreateTempSubdirectory("cs-backups-").FullName;
        var expired = Path.Combine(folder, $"{city.DatabaseName}-20200101T000000Z.dump");
        await File.WriteAllTextAsync(expired, "an old backup");
        File.SetLastWriteTimeUtc(expired, DateTime.UtcNow.AddDays(-40));
        var kept = Path.Combine(folder, $"{city.DatabaseName}-20990101T000000Z.dump");
        await File.WriteAllTextAsync(kept, "a recent backup");

        var (exit, output) = await ScriptAsync("backup.sh", [folder], Libpq(BackupRole, BackupPassword, city.DatabaseName, ("RETENTION_DAYS", "30")));
        Assert.True(exit == 0, output);
        var backup = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].Trim();
        Assert.True(File.Exists(backup), $"no backup at '{backup}':\n{output}");
        Assert.True(File.Exists(backup + ".sha256"));
        Assert.False(File.Exists(expired), "retention kept a backup 40 days old");
        Assert.True(File.Exists(kept), "retention deleted a recent backup");
        Assert.Equal(new byte[] { (byte)'P', (byte)'G', (byte)'D', (byte)'M', (byte)'P' }, (await File.ReadAllBytesAsync(backup))[..5]);

        var target = $"cs_restored_{Guid.NewGuid():N}"[..30];
        var admin = new NpgsqlConnectionStringBuilder(city.AdminConnectionString);
        (exit, output) = await ScriptAsync("restore.sh", [backup, target], Libpq(admin.Username!, admin.Password ?? string.Empty, "postgres"));
        await using var cleanup = new DropOnDispose(city, target);
        Assert.True(exit == 0, output);

        var source = await SnapshotAsync(city.DatabaseName);
        var restored = await SnapshotAsync(target);
        Assert.True(source.Counts.Count > 30, $"only {source.Counts.Count} tables counted");
        Assert.True(source.Counts["application_documents"] > 0, "the demo city has no stored documents to compare");
        Assert.Equal(source.Counts, restored.Counts);
        Assert.Equal(source.Documents, restored.Documents);
        Assert.Empty(restored.Mismatched);

        // The restored database is a working one: owners, grants and forced row-level security came back.
        var app = new NpgsqlConnectionStringBuilder(city.Connections.App) { Database = target, Pooling = false };
        await using (var connection = new NpgsqlConnection(app.ConnectionString))
        {
            await connection.OpenAsync();
            await using var noTenant = new NpgsqlCommand("SELECT count(*) FROM communities", connection);
            Assert.Equal(0L, (long)(await noTenant.ExecuteScalarAsync())!);
            await using var transaction = await connection.BeginTransactionAsync();
            await using var inTenant = new NpgsqlCommand("SELECT set_config('app.tenant_id', (SELECT id::text FROM tenants WHERE code = 'yicheng'), true); SELECT count(*) FROM communities", connection, transaction);
            await using var reader = await inTenant.ExecuteReaderAsync();
            await reader.NextResultAsync();
            await reader.ReadAsync();
            Assert.True(reader.GetInt64(0) > 0, "the app role sees no community of its tenant in the restored database");
        }

        (exit, output) = await ScriptAsync("restore.sh", [backup, target], Libpq(admin.Username!, admin.Password ?? string.Empty, "postgres"));
        Assert.Equal(1, exit);
        Assert.Contains("already exists", output, StringComparison.Ordinal);
    }

    /// <summary>The role docs/operations.md recommends for backups: reads everything, past row-level security, and nothing more.</summary>
    private async Task CreateBackupRoleAsync()
    {
        await using var admin = new NpgsqlConnection(city.Admin("postgres"));
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand($"""
            DO $$ BEGIN
              IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{BackupRole}') THEN CREATE ROLE {BackupRole}; END IF;
            END $$;
            ALTER ROLE {BackupRole} LOGIN BYPASSRLS NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '{BackupPassword}';
            GRANT pg_read_all_data TO {BackupRole};
            GRANT CONNECT ON DATABASE {city.DatabaseName} TO {BackupRole};
            """, admin);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<Snapshot> SnapshotAsync(string database)
    {
        await using var db = new NpgsqlConnection(city.Admin(database));
        await db.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename", db))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\"", db);
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }

        // Every stored document (every bytea column), by its row's id, hashed by PostgreSQL.
        var documents = new List<string>();
        var columns = new List<(string Table, string Column)>();
        await using (var list = new NpgsqlCommand("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND data_type = 'bytea' ORDER BY 1, 2", db))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (table, column) in columns)
        {
            await using var hashes = new NpgsqlCommand($"SELECT id::text || ' ' || encode(sha256(\"{column}\"), 'hex') FROM \"{table}\" WHERE \"{column}\" IS NOT NULL ORDER BY id", db);
            await using var reader = await hashes.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                documents.Add($"{table}.{column} {reader.GetString(0)}");
            }
        }

        var mismatched = new List<string>();
        await using (var check = new NpgsqlCommand("SELECT id::text FROM application_documents WHERE sha256 <> encode(sha256(content), 'hex')", db))
        await using (var reader = await check.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                mismatched.Add(reader.GetString(0));
            }
        }

        return new Snapshot(counts, documents, mismatched);
    }

    private static Dictionary<string, string> Libpq(string user, string password, string database, params (string Key, string Value)[] more)
    {
        var admin = new NpgsqlConnectionStringBuilder(TestPostgres.GetAdminConnectionStringAsync().GetAwaiter().GetResult());
        var environment = new Dictionary<string, string>
        {
            ["PGHOST"] = admin.Host!,
            ["PGPORT"] = admin.Port.ToString(CultureInfo.InvariantCulture),
            ["PGUSER"] = user,
            ["PGPASSWORD"] = password,
            ["PGDATABASE"] = database,
            ["PG_BIN"] = LocalPostgresCluster.FindBinaries(),
        };
        foreach (var (key, value) in more)
        {
            environment[key] = value;
        }

        return environment;
    }

    private static Task<(int ExitCode, string Output)> ScriptAsync(string script, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment) =>
        ChildProcess.RunAsync("bash", [Path.Combine(TestPostgres.RepositoryRoot(), "deploy", script), .. arguments], TestPostgres.RepositoryRoot(), TimeSpan.FromMinutes(5), environment);

    private sealed record Snapshot(SortedDictionary<string, long> Counts, List<string> Documents, List<string> Mismatched);

    private sealed class DropOnDispose(DeploymentFixture city, string database) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await DatabaseProvisioner.DropDatabaseAsync(city.AdminConnectionString, database);
            }
            catch (NpgsqlException)
            {
                // Harmless leftover.
            }
        }
    }
}
