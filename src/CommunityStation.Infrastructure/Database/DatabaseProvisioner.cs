using System.Text.RegularExpressions;
using Npgsql;

namespace CommunityStation.Infrastructure.Database;

/// <summary>The two connections the portal needs: the table owner (migrations) and the app role (everything else).</summary>
public sealed record DatabaseConnections(string Owner, string App);

/// <summary>
/// Creates a database with the roles the tenancy design needs: <c>cs_owner</c> owns the schema and runs
/// migrations; <c>cs_app</c> is what the portal connects as, neither owner nor superuser nor BYPASSRLS.
/// Idempotent and safe to call from several processes at once, for the local cluster and for tests.
/// </summary>
public static partial class DatabaseProvisioner
{
    public const string OwnerRole = "cs_owner";
    public const string AppRole = "cs_app";
    public const string DefaultOwnerPassword = "cs_owner_dev";
    public const string DefaultAppPassword = "cs_app_dev";

    public static Task<DatabaseConnections> EnsureDatabaseAsync(string adminConnectionString, string databaseName, CancellationToken ct = default) =>
        EnsureDatabaseAsync(adminConnectionString, databaseName, DefaultOwnerPassword, DefaultAppPassword, ct);

    public static async Task<DatabaseConnections> EnsureDatabaseAsync(
        string adminConnectionString,
        string databaseName,
        string ownerPassword,
        string appPassword,
        CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(adminConnectionString);
        ArgumentException.ThrowIfNullOrEmpty(ownerPassword);
        ArgumentException.ThrowIfNullOrEmpty(appPassword);
        RequireSafeName(databaseName);
        var database = QuoteIdentifier(databaseName);
        var owner = QuoteIdentifier(OwnerRole);
        var app = QuoteIdentifier(AppRole);

        await using (var admin = new NpgsqlConnection(adminConnectionString))
        {
            await admin.OpenAsync(ct);
            await EnsureRoleAsync(admin, adminConnectionString, OwnerRole, ownerPassword, "LOGIN NOSUPERUSER NOBYPASSRLS", ct);
            await EnsureRoleAsync(admin, adminConnectionString, AppRole, appPassword, "LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE", ct);

            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", admin);
            exists.Parameters.AddWithValue("name", databaseName);
            if (await exists.ExecuteScalarAsync(ct) is null)
            {
                try
                {
                    await ExecuteAsync(admin, $"CREATE DATABASE {database} OWNER {owner} ENCODING 'UTF8' TEMPLATE template0", ct);
                }
                catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
                {
                    // Another process created it first.
                }
            }

            await ExecuteAsync(admin, $"REVOKE ALL ON DATABASE {database} FROM PUBLIC; GRANT CONNECT ON DATABASE {database} TO {owner}, {app};", ct);
        }

        var adminBuilder = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = databaseName };
        await using (var inDatabase = new NpgsqlConnection(adminBuilder.ConnectionString))
        {
            await inDatabase.OpenAsync(ct);
            await ExecuteAsync(inDatabase, $"ALTER SCHEMA public OWNER TO {owner}; REVOKE CREATE ON SCHEMA public FROM PUBLIC; GRANT USAGE ON SCHEMA public TO {app};", ct);
        }

        var ownerBuilder = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = databaseName, Username = OwnerRole, Password = ownerPassword };
        var appBuilder = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = databaseName, Username = AppRole, Password = appPassword, MaxPoolSize = 50 };
        return new DatabaseConnections(ownerBuilder.ConnectionString, appBuilder.ConnectionString);
    }

    public static async Task DropDatabaseAsync(string adminConnectionString, string databaseName, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(adminConnectionString);
        RequireSafeName(databaseName);

        // Idle pooled connections to the database would otherwise be broken by FORCE and handed out later.
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(adminConnectionString);
        await admin.OpenAsync(ct);
        await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {QuoteIdentifier(databaseName)} WITH (FORCE)", ct);
    }

    /// <summary>
    /// Creates the role if missing; if it exists with a different password or with rights it must not
    /// have (superuser, BYPASSRLS, ...), puts it right, so the returned connection strings always work and
    /// the app role never escapes row-level security.
    /// </summary>
    private static async Task EnsureRoleAsync(NpgsqlConnection admin, string adminConnectionString, string role, string password, string attributes, CancellationToken ct)
    {
        var quoted = QuoteIdentifier(role);
        var literal = QuoteLiteral(password);

        // Parallel test assemblies may create or alter the cluster-wide roles at the same moment.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var check = new NpgsqlCommand(
                    """
                    SELECT rolsuper OR rolbypassrls OR NOT rolcanlogin OR (@strict AND (rolcreatedb OR rolcreaterole))
                    FROM pg_roles WHERE rolname = @role
                    """,
                    admin);
                check.Parameters.AddWithValue("role", role);
                check.Parameters.AddWithValue("strict", attributes.Contains("NOCREATEDB", StringComparison.Ordinal));
                var wrong = await check.ExecuteScalarAsync(ct);
                if (wrong is null)
                {
                    await ExecuteAsync(admin, $"CREATE ROLE {quoted} {attributes} PASSWORD {literal}", ct);
                }
                else if ((bool)wrong || !await PasswordWorksAsync(adminConnectionString, role, password, ct))
                {
                    await ExecuteAsync(admin, $"ALTER ROLE {quoted} {attributes} PASSWORD {literal}", ct);
                }

                return;
            }
            catch (PostgresException e) when (attempt < 8 && e.SqlState is PostgresErrorCodes.DuplicateObject or PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.InternalError)
            {
                // "role already exists" or "tuple concurrently updated": look again.
                await Task.Delay(100 * attempt + Random.Shared.Next(100), ct);
            }
        }
    }

    private static async Task<bool> PasswordWorksAsync(string adminConnectionString, string role, string password, CancellationToken ct)
    {
        var builder = new NpgsqlConnectionStringBuilder(adminConnectionString) { Username = role, Password = password, Database = "postgres", Pooling = false };
        try
        {
            await using var probe = new NpgsqlConnection(builder.ConnectionString);
            await probe.OpenAsync(ct);
            return true;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidPassword)
        {
            return false;
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.InvalidAuthorizationSpecification)
        {
            // Authenticated, but not allowed into "postgres" (CONNECT revoked) or pg_hba has no line for it: the password is not the problem.
            return true;
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static void RequireSafeName(string databaseName)
    {
        if (databaseName is null || !SafeName().IsMatch(databaseName))
        {
            throw new ArgumentException($"'{databaseName}' is not a plain database name (^[a-z_][a-z0-9_]{{0,62}}$).", nameof(databaseName));
        }
    }

    private static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string QuoteLiteral(string value)
    {
        if (value.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException("A password cannot contain NUL.", nameof(value));
        }

        // standard_conforming_strings is on (the default since 9.1): only quotes need doubling.
        return "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex SafeName();
}
