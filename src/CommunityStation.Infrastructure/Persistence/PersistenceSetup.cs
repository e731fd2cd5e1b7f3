using CommunityStation.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace CommunityStation.Infrastructure.Persistence;

/// <summary>The one place the EF Core options are built, for the app, migrations and tests alike.</summary>
public static class PersistenceSetup
{
    public static void Configure(DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(new TenantSessionSettings(), new AuditSaveChangesInterceptor());
    }
}
