using CommunityStation.Domain.Staffing;
using CommunityStation.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommunityStation.Web.Pages.Staff.Stations;

/// <summary>Loads a station's roster and its filing state (H6) the same way for every page that needs it.</summary>
public static class RosterData
{
    public static async Task<(StationRoster Roster, IReadOnlyDictionary<Guid, string> Names)> LoadAsync(AppDbContext db, Guid tenantId, Guid stationId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var posts = await db.StationPosts.Where(p => p.StationId == stationId && p.To == null).ToListAsync();
        var ids = posts.Select(p => p.PersonId).Distinct().ToList();
        var names = await db.People.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name);
        return (new StationRoster(tenantId, stationId, posts), names);
    }

    /// <summary>H6: the last acknowledged filing, and whether the roster has changed since.</summary>
    public static async Task<(RosterFiling? LastAcknowledged, RosterFiling? Pending, bool OutOfDate)> FilingStateAsync(AppDbContext db, Guid stationId, IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(db);
        var last = await db.RosterFilings.Where(f => f.StationId == stationId && f.Status == FilingStatus.Acknowledged).OrderByDescending(f => f.DecidedAt).AsNoTracking().FirstOrDefaultAsync();
        var pending = await db.RosterFilings.Where(f => f.StationId == stationId && f.Status == FilingStatus.Filed).AsNoTracking().FirstOrDefaultAsync();
        return (last, pending, RosterFiling.IsOutOfDate(last, lines));
    }
}
