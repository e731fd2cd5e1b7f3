using System.Text.RegularExpressions;
using Npgsql;

namespace CommunityStation.Infrastructure.Database;

/// <summary>The two connections the portal needs: the table owner (migrations) and the app role (everything else).</summary>
public sealed record DatabaseConnections(string Owner, string App);

/// <summary>
/// Creates a database with the roles the tenancy design needs: <c>cs_owner</c> owns the schema and runs
/// migrations; <c>cs_app</c> is what the portal connects as, neither owner nor superuser nor BYPASSRLS.
/// Idempotent, for the local cluster and for tests.
/// </summary>
public static partial class DatabaseProvisioner
{
    public const string OwnerRole = "cs_owner";
    public const string AppRole = "cs_app";

    public static async Task<DatabaseConnections> EnsureDatabaseAsync(
        string adminConnectionString,
        string databaseName,
        string ownerPassword = "cs_owner_dev",
        string appPassword = "cs_app_dev",
        CancellationToken ct = default)
    {
        if (!SafeName().IsMatch(databaseName))
        {
            throw new ArgumentException($"'{databaseName}' is not a plain database name.", nameof(databaseName));
        }

        await using (var admin = new NpgsqlConnection(adminConnectionString))
        {
            await admin.OpenAsync(ct);
            await RetryOnRaceAsync(() => ExecuteAsync(admin, $"""
                DO $$
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{OwnerRole}') THEN
                        CREATE ROLE {OwnerRole} LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD '{ownerPassword.Replace("'", "''", StringComparison.Ordinal)}';
                    END IF;
                    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{AppRole}') THEN
                        CREATE ROLE {AppRole} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD '{appPassword.Replace("'", "''", StringComparison.Ordinal)}';
                    END IF;
                END $$;
                """, ct));

            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", admin);
            exists.Parameters.AddWithValue("name", databaseName);
            if (await exists.ExecuteScalarAsync(ct) is null)
            {
                try
                {
                    await ExecuteAsync(admin, $"CREATE DATABASE \"{databaseName}\" OWNER {OwnerRole} ENCODING 'UTF8' TEMPLATE template0", ct);
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
                {
                    // Another process created it first.
                }
            }

            await ExecuteAsync(admin, $"REVOKE ALL ON DATABASE \"{databaseName}\" FROM PUBLIC; GRANT CONNECT ON DATABASE \"{databaseName}\" TO {OwnerRole}, {AppRole};", ct);
        }

        var adminBuilder = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = databaseName };
        await using (var inDatabase = new NpgsqlConnection(adminBuilder.ConnectionString))
        {
            await inDatabase.OpenAsync(ct);
            await ExecuteAsync(inDatabase, $"ALTER SCHEMA public OWNER TO {OwnerRole}; REVOKE CREATE ON SCHEMA public FROM PUBLIC; GRANT USAGE ON SCHEMA public TO {AppRole};", ct);
        }

        var owner = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = databaseName, Username = OwnerRole, Password = ownerPassword };
        var app = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = databaseName, Username = AppRole, Password = appPassword, MaxPoolSize = 50 };
        return new DatabaseConnections(owner.ConnectionString, app.ConnectionString);
    }

    public static async Task DropDatabaseAsync(string adminConnectionString, string databaseName, CancellationToken ct = default)
    {
        if (!SafeName().IsMatch(databaseName))
        {
            throw new ArgumentException($"'{databaseName}' is not a plain database name.", nameof(databaseName));
        }

        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(adminConnectionString);
        await admin.OpenAsync(ct);
        await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{databaseName}\" WITH (FORCE)", ct);
    }

    // Parallel test assemblies may create the cluster-wide roles at the same moment.
    private static async Task RetryOnRaceAsync(Func<Task> action)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await action();
                return;
            }
            catch (PostgresException e) when (attempt < 5 && e.SqlState is PostgresErrorCodes.DuplicateObject or PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.InternalError)
            {
                await Task.Delay(200 * attempt);
            }
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex SafeName();
}
