using CommunityStation.Infrastructure.Persistence;
using CommunityStation.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CommunityStation.Infrastructure.Database;

/// <summary>
/// Applies migrations as the owner role, then grants the app role what it may do: read and write the
/// domain tables, but only INSERT and SELECT on the audit trail (append-only).
/// </summary>
public static class DatabaseInitializer
{
    public static async Task MigrateAsync(string ownerConnectionString, string appConnectionString, ILogger logger, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(logger);
        var options = new DbContextOptionsBuilder<AppDbContext>();
        PersistenceSetup.Configure(options, ownerConnectionString);
        await using (var db = new AppDbContext(options.Options, new TenantContext(TimeProvider.System)))
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
            }

            await db.Database.MigrateAsync(ct);
        }

        var appRole = new NpgsqlConnectionStringBuilder(appConnectionString).Username;
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
        command.CommandText = $"""
            GRANT USAGE ON SCHEMA public TO {role};
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role};
            GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role};
            REVOKE ALL ON TABLE __ef_migrations_history FROM {role};
            REVOKE UPDATE, DELETE, TRUNCATE ON TABLE audit_entries FROM {role};
            """;
        await command.ExecuteNonQueryAsync(ct);
    }
}
