using Microsoft.EntityFrameworkCore;

namespace CommunityStation.Infrastructure.Persistence;

/// <summary>The intake's two pieces of PostgreSQL-specific locking, kept out of the page.</summary>
public static class CaseNumbering
{
    /// <summary>
    /// The station's next case number for the year: the counter row is locked by the upsert until this
    /// transaction ends, so concurrent intakes queue and a rolled-back intake gives its number back (no gaps).
    /// </summary>
    public static async Task<int> NextCaseSequenceAsync(this AppDbContext db, Guid tenantId, Guid stationId, int year)
    {
        ArgumentNullException.ThrowIfNull(db);
        var next = await db.Database.SqlQuery<int>($"""
            INSERT INTO case_counters (tenant_id, station_id, year, last_sequence) VALUES ({tenantId}, {stationId}, {year}, 1)
            ON CONFLICT (tenant_id, station_id, year) DO UPDATE SET last_sequence = case_counters.last_sequence + 1
            RETURNING last_sequence AS "Value"
            """).ToListAsync();
        return next.Single();
    }

    /// <summary>
    /// Serialises intakes posted with the same one-time form token: a second post waits for the first to
    /// commit and then finds its case (idempotent intake; the unique index backs this up).
    /// </summary>
    public static Task LockIntakeTokenAsync(this AppDbContext db, Guid intakeToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({intakeToken.ToString()}, 0))");
    }
}
