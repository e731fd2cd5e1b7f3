using CommunityStation.Infrastructure.Persistence;

namespace CommunityStation.Infrastructure.Seeding;

/// <summary>One of <see cref="DemoData.RegisteredStations"/> as the seeders use it; <see cref="Index"/> counts from 1.</summary>
internal sealed record DemoStation(int Index, string TenantCode, string CommunityName, string Number, string Head)
{
    public Guid TenantId => DemoData.TenantId(TenantCode);

    public Guid CommunityId => DemoData.CommunityId(TenantCode, CommunityName);
}

/// <summary>
/// How the demo seeders write: one tenant at a time, each in its own transaction inside that tenant (so the
/// tenancy guard and row-level security check the demo as they check users), and no tenant afterwards.
/// </summary>
internal static class DemoSeeding
{
    public static async Task InTenantAsync(AppDbContext db, Guid tenantId, Func<Task> seed, CancellationToken ct)
    {
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await db.UseTenantAsync(tenantId, ct);
            await seed();
            await transaction.CommitAsync(ct);
        }

        await db.UseTenantAsync(null, ct);
    }

    public static async Task ForEachRegisteredStationAsync(AppDbContext db, Func<DemoStation, Task> seed, CancellationToken ct)
    {
        var index = 0;
        foreach (var (tenantCode, communityName, number, head) in DemoData.RegisteredStations)
        {
            var station = new DemoStation(++index, tenantCode, communityName, number, head);
            await InTenantAsync(db, station.TenantId, () => seed(station), ct);
        }
    }
}
