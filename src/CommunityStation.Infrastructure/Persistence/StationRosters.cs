using CommunityStation.Domain.Communities;
using CommunityStation.Domain.Registration;
using CommunityStation.Domain.Staffing;
using CommunityStation.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace CommunityStation.Infrastructure.Persistence;

/// <summary>
/// The one way to load a station's roster (its open posts and its community's secretary and director,
/// S3–S5) and to save what a change to it made, so every page that touches posts reads and writes them
/// alike: new posts are added, acknowledged soft-rule warnings are audited in the same SaveChanges.
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

    /// <summary>The station's roster with its community's officers (S3 by person), tracked, ready for a change.</summary>
    public static async Task<StationRoster> LoadRosterAsync(this AppDbContext db, Guid tenantId, Guid stationId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        // The officers and the open posts in one statement (issue 13's query budget).
        var community = await (from s in db.Stations
                               join c in db.Communities on new { s.TenantId, Id = s.CommunityId } equals new { c.TenantId, c.Id }
                               where s.Id == stationId && s.TenantId == tenantId
                               select new
                               {
                                   c.Id,
                                   c.PartySecretaryId,
                                   c.RcDirectorId,
                                   Posts = db.StationPosts.Where(p => p.TenantId == s.TenantId && p.StationId == s.Id && p.To == null).ToList(),
                               }).FirstOrDefaultAsync(ct);
        return new(tenantId, stationId, community?.Posts ?? await db.OpenPosts(stationId).ToListAsync(ct),
            community is null ? null : new CommunityOfficers(community.Id, community.PartySecretaryId, community.RcDirectorId));
    }

    /// <summary>
    /// H5: moves the person holding <paramref name="post"/> from one roster to the other with their
    /// station-staff side and contracts (<see cref="Deployment.Carry"/>); everything it made is added to
    /// the unit of work, which <see cref="SaveRostersAsync"/> then saves in one go.
    /// </summary>
    public static async Task<DeploymentResult> DeployAsync(this AppDbContext db, StationRoster from, StationRoster to, StationPost post, DateOnly on, Actor decidedBy, string? note, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(post);
        var person = await db.People.FirstAsync(p => p.Id == post.PersonId, ct);
        var sides = await db.WorkforceAssignments.Where(w => w.PersonId == person.Id && w.Side == WorkforceSide.StationStaff && (w.To == null || w.To >= on)).ToListAsync(ct);
        var contracts = await db.Contracts.Where(c => c.PersonId == person.Id && c.StationId == from.StationId && c.End >= on).ToListAsync(ct);
        var result = Deployment.Carry(Guid.CreateVersion7(), person, post, from, to, sides, contracts, on, decidedBy, note);
        db.Deployments.Add(result.Deployment);
        db.WorkforceAssignments.AddRange(result.Sides.Where(s => db.Entry(s).State == EntityState.Detached));
        db.Contracts.AddRange(result.Contracts.Where(c => db.Entry(c).State == EntityState.Detached));
        return result;
    }

    /// <summary>
    /// Saves the rosters' changes with the rest of the unit of work: posts ended in them are tracked
    /// already; the posts they added are new to the context and are added here; each soft-rule warning
    /// acknowledged on them (S3) is audited in the same SaveChanges, so the override and the change it
    /// allowed are written together or not at all.
    /// </summary>
    public static async Task SaveRostersAsync(this AppDbContext db, params StationRoster[] rosters)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rosters);
        foreach (var roster in rosters)
        {
            db.StationPosts.AddRange(roster.Current.Where(p => db.Entry(p).State == EntityState.Detached));
            db.AuditEntries.AddRange(roster.Overrides.Select(o =>
                AuditEntry.For(db.Tenant, AuditKinds.SoftRuleOverride, o.Entity, o.Key.ToString(), o.Detail, roster.TenantId)));
        }

        await db.SaveChangesAsync();
    }

    /// <summary>
    /// H6 for several stations at once (one query for the posts with their holders' names, one for the filings): each station's roster,
    /// its last acknowledged filing and whether a filing waits for the bureau. The town's list of rosters
    /// and the reminders read it.
    /// </summary>
    public static async Task<IReadOnlyList<StationFilingState>> FilingStatesAsync(this AppDbContext db, IReadOnlyCollection<(Guid Id, Guid TenantId)> stations, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(stations);
        var ids = stations.Select(s => s.Id).ToList();
        // The posts with their holders' names in one statement, the filings in another.
        var held = await db.OpenPosts(ids).AsNoTracking()
            .Select(p => new { Post = p, Name = db.People.Where(x => x.Id == p.PersonId).Select(x => x.Name).FirstOrDefault() })
            .ToListAsync(ct);
        var posts = held.Select(h => h.Post).ToList();
        var names = held.Where(h => h.Name is not null).GroupBy(h => h.Post.PersonId).ToDictionary(g => g.Key, g => g.First().Name!);
        var filings = await db.RosterFilings.Where(f => ids.Contains(f.StationId) && f.Status != FilingStatus.Returned).AsNoTracking().ToListAsync(ct);
        return stations.Select(s => new StationFilingState(
                new StationRoster(s.TenantId, s.Id, posts),
                names,
                filings.Where(f => f.StationId == s.Id && f.Status == FilingStatus.Acknowledged).MaxBy(f => f.Decided?.At),
                filings.Any(f => f.StationId == s.Id && f.Status == FilingStatus.Filed)))
            .ToList();
    }
}

/// <summary>H6: a station's roster against its last acknowledged filing.</summary>
public sealed record StationFilingState(StationRoster Roster, IReadOnlyDictionary<Guid, string> Names, RosterFiling? LastAcknowledged, bool Pending)
{
    public Guid StationId => Roster.StationId;

    public bool OutOfDate => RosterFiling.IsOutOfDate(LastAcknowledged, Roster.Snapshot(Names));

    /// <summary>Where the roster stands with the bureau, as the town's list says it (未备案 when never acknowledged).</summary>
    public RosterFilingState State => RosterFiling.StateOf(LastAcknowledged, Pending, Roster.Snapshot(Names));
}
