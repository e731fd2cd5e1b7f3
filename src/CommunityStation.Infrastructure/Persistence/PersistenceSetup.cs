using CommunityStation.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CommunityStation.Infrastructure.Persistence;

/// <summary>The one place the EF Core options are built, for the app, migrations and tests alike.</summary>
public static class PersistenceSetup
{
    public static void Configure(DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        Finish(options.UseNpgsql(connectionString, NpgsqlOptions));
    }

    /// <summary>
    /// The portal's options: EF on the app's one <see cref="NpgsqlDataSource"/>, which the audit writer
    /// shares, so there is one connection pool to recover after an outage.
    /// </summary>
    public static void Configure(DbContextOptionsBuilder options, NpgsqlDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(dataSource);
        Finish(options.UseNpgsql(dataSource, NpgsqlOptions));
    }

    private static void NpgsqlOptions(Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.NpgsqlDbContextOptionsBuilder npgsql) =>
        npgsql.MigrationsHistoryTable("__ef_migrations_history");

    private static void Finish(DbContextOptionsBuilder options) =>
        options
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(new TenantSessionSettings(), new AuditSaveChangesInterceptor());
}
