namespace CommunityStation.Web.Pages.Staff.Stations;

/// <summary>What the roster pages share: the station (within the user's reach), names and the filing state (H6).</summary>
public static class RosterData
{
    /// <summary>A registered station the user may see, with its community; else an audited 404.</summary>
    public static async Task<StationInfo> StationAsync(UserAccess access, AppDbContext db, Guid id)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(db);
        var stations = (await access.StationsAsync($"station roster {id}")).Where(s => s.Status == StationStatus.Registered);
        return await (from s in stations
                      join c in db.Communities on new { s.TenantId, Id = s.CommunityId } equals new { c.TenantId, c.Id }
                      where s.Id == id
                      select new StationInfo(s.Id, s.TenantId, s.Name, c.Id, c.Name))
            .FirstOrDefaultAsync()
            .OrNotFound("Station", id);
    }

    /// <summary>The station's roster (loaded the one way, <see cref="StationRosters.LoadRosterAsync"/>) with the names of the people on it.</summary>
    public static async Task<(StationRoster Roster, IReadOnlyDictionary<Guid, string> Names)> LoadAsync(AppDbContext db, Guid tenantId, Guid stationId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var roster = await db.LoadRosterAsync(tenantId, stationId);
        return (roster, await NamesAsync(db, roster.Current.Select(p => p.PersonId)));
    }

    public static async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(AppDbContext db, IEnumerable<Guid> personIds)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = personIds.Distinct().ToList();
        return await db.People.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name);
    }

    /// <summary>H6: the last acknowledged filing, the one waiting for the bureau, and where the roster stands (未备案 when none was ever acknowledged).</summary>
    public static async Task<(RosterFiling? LastAcknowledged, RosterFiling? Pending, RosterFilingState State)> FilingStateAsync(AppDbContext db, Guid stationId, IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(db);
        // One statement for both (a station files about once a year, so its filings are few).
        var filings = await db.RosterFilings.Where(f => f.StationId == stationId && (f.Status == FilingStatus.Acknowledged || f.Status == FilingStatus.Filed)).AsNoTracking().ToListAsync();
        var last = filings.Where(f => f.Status == FilingStatus.Acknowledged).MaxBy(f => f.Decided?.At);
        var pending = filings.FirstOrDefault(f => f.Status == FilingStatus.Filed);
        return (last, pending, RosterFiling.StateOf(last, pending is not null, lines));
    }
}

/// <summary>A station as the roster pages show it.</summary>
public sealed record StationInfo(Guid Id, Guid TenantId, string Name, Guid CommunityId, string Community);
