using CommunityStation.Domain.Registration;

namespace CommunityStation.Web.Pages.Staff.Stations;

/// <summary>The town's stations with who heads them, how many staff, and whether the filed roster is current (H6).</summary>
public sealed class IndexModel(AppDbContext db, UserAccess access) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var stations = (await access.StationsAsync("station rosters")).Where(s => s.Status == StationStatus.Registered);

        // One query each for stations, posts, names and filings (not one set per station).
        var list = await stations.OrderBy(s => s.Name).Select(s => new { s.Id, s.TenantId, s.Name }).ToListAsync();
        var ids = list.Select(s => s.Id).ToList();
        var posts = await db.OpenPosts(ids).AsNoTracking().ToListAsync();
        var people = posts.Select(p => p.PersonId).Distinct().ToList();
        var names = await db.People.Where(p => people.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name);
        var filings = await db.RosterFilings.Where(f => ids.Contains(f.StationId) && f.Status != Domain.Staffing.FilingStatus.Returned).AsNoTracking().ToListAsync();
        var rows = new List<Row>();
        foreach (var s in list)
        {
            var roster = new Domain.Staffing.StationRoster(s.TenantId, s.Id, posts);
            var lastAcknowledged = filings.Where(f => f.StationId == s.Id && f.Status == Domain.Staffing.FilingStatus.Acknowledged).MaxBy(f => f.Decided?.At);
            var pending = filings.Any(f => f.StationId == s.Id && f.Status == Domain.Staffing.FilingStatus.Filed);
            var head = roster.Current.FirstOrDefault(p => p.Kind == Domain.Staffing.PostKind.Head);
            rows.Add(new Row(s.Id, s.Name, head is null ? null : names.GetValueOrDefault(head.PersonId), roster.Current.Select(p => p.PersonId).Distinct().Count(),
                roster.Vacancies().Count == 0, Domain.Staffing.RosterFiling.IsOutOfDate(lastAcknowledged, roster.Snapshot(names)), pending));
        }

        Rows = rows;
    }

    public sealed record Row(Guid Id, string Name, string? Head, int People, bool Complete, bool FilingOutOfDate, bool FilingPending);
}
