using CommunityStation.Domain.Staffing;
using Microsoft.EntityFrameworkCore;

namespace CommunityStation.Infrastructure.Persistence;

/// <summary>
/// The one way to load a station's roster (its open posts, S3–S5) and to save what a change to it made,
/// so every page that touches posts reads and writes them alike.
/// </summary>
public static class StationRosters
{
    /// <summary>A station's open posts (not ended).</summary>
    public static IQueryable<StationPost> OpenPosts(this AppDbContext db, Guid stationId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.StationPosts.Where(p => p.StationId == stationId && p.To == null);
    }

    /// <summary>The open posts of several stations at once (a list of rosters in one query).</summary>
    public static IQueryable<StationPost> OpenPosts(this AppDbContext db, IReadOnlyCollection<Guid> stationIds)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.StationPosts.Where(p => stationIds.Contains(p.StationId) && p.To == null);
    }

    /// <summary>The station's roster, tracked, ready for a change.</summary>
    public static async Task<StationRoster> LoadRosterAsync(this AppDbContext db, Guid tenantId, Guid stationId, CancellationToken ct = default) =>
        new(tenantId, stationId, await db.OpenPosts(stationId).ToListAsync(ct));

    /// <summary>
    /// Saves the rosters' changes with the rest of the unit of work: posts ended in them are tracked
    /// already; the posts they added are new to the context and are added here.
    /// </summary>
    public static async Task SaveRostersAsync(this AppDbContext db, params StationRoster[] rosters)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rosters);
        foreach (var roster in rosters)
        {
            db.StationPosts.AddRange(roster.Current.Where(p => db.Entry(p).State == EntityState.Detached));
        }

        await db.SaveChangesAsync();
    }
}
