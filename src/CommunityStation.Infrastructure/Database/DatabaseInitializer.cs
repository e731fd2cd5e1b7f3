using CommunityStation.Infrastructure.Persistence;
using CommunityStation.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CommunityStation.Infrastructure.Database;

/// <summary>
/// The upgrade step (issue 12): applies migrations as the owner role, then grants the app role what it may do:
/// read and write the domain tables, but only INSERT and SELECT on the audit trail (append-only) and on the
/// data-protection key ring, no DDL anywhere. The portal's <c>migrate</c> verb and Development's start call it.
/// </summary>
public static class DatabaseInitializer
{
    /// <summary>Migrates, granting the role the app connection string names.</summary>
    public static Task MigrateAsync(string ownerConnectionString, string appConnectionString, ILogger logger, CancellationToken ct = default) =>
        MigrateAndGrantAsync(ownerConnectionString, new NpgsqlConnectionStringBuilder(appConnectionString).Username, logger, ct);

    public static async Task MigrateAndGrantAsync(string ownerConnectionString, string? appRole, ILogger logger, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(logger);
        await using (var db = OwnerContext(ownerConnectionString))
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
            }
            else
            {
                logger.LogInformation("No migration to apply: the database is up to date");
            }

            await db.Database.MigrateAsync(ct);
        }

        var ownerRole = new NpgsqlConnectionStringBuilder(ownerConnectionString).Username;
        if (string.IsNullOrEmpty(appRole) || string.Equals(appRole, ownerRole, StringComparison.Ordinal))
        {
            logger.LogWarning("The app connects as the table owner ({Role}); row-level security is still forced, but use a separate app role in production.", ownerRole);
            return;
        }

        await using var connection = new NpgsqlConnection(ownerConnectionString);
        await connection.OpenAsync(ct);
        var role = new NpgsqlCommandBuilder().QuoteIdentifier(appRole);
        await using var command = connection.CreateCommand();

        // REVOKE CREATE: the app role never needs DDL (a warning, not an error, where the owner does not own the schema).
        command.CommandText = $"""
            GRANT USAGE ON SCHEMA public TO {role};
            REVOKE CREATE ON SCHEMA public FROM PUBLIC, {role};
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role};
            GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role};
            REVOKE ALL ON TABLE __ef_migrations_history FROM {role};
            GRANT SELECT ON TABLE __ef_migrations_history TO {role};
            REVOKE UPDATE, DELETE, TRUNCATE ON TABLE audit_entries FROM {role};
            REVOKE UPDATE, DELETE, TRUNCATE ON TABLE data_protection_keys FROM {role};
            REVOKE DELETE, TRUNCATE ON TABLE job_runs FROM {role};
            """;
        await command.ExecuteNonQueryAsync(ct);
        logger.LogInformation("Granted {Role} the app role's rights", appRole);
    }

    /// <summary>The migrations applied and pending, as the owner sees them (for <c>migrate --list</c>).</summary>
    public static async Task<(IReadOnlyList<string> Applied, IReadOnlyList<string> Pending)> ListAsync(string ownerConnectionString, CancellationToken ct = default)
    {
        await using var db = OwnerContext(ownerConnectionString);
        return ((await db.Database.GetAppliedMigrationsAsync(ct)).ToList(), (await db.Database.GetPendingMigrationsAsync(ct)).ToList());
    }

    private static AppDbContext OwnerContext(string ownerConnectionString)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        PersistenceSetup.Configure(options, ownerConnectionString);
        return new AppDbContext(options.Options, new TenantContext(TimeProvider.System));
    }
}
