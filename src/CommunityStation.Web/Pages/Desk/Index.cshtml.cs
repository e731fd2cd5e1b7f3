using CommunityStation.Domain.ServiceDesk;

namespace CommunityStation.Web.Pages.Desk;

/// <summary>
/// The desk dashboard: today's visits, open and overdue cases, counts by duty area, and the M2 rating
/// roll-ups (staff member, desk, duty area, station; the town sees all its stations).
/// </summary>
public sealed class IndexModel(AppDbContext db, UserAccess access, PortalClock clock) : PageModel
{
    public OwnStation? Desk { get; private set; }

    /// <summary>Desk staff or a head whose community has no registered station yet.</summary>
    public bool NoStation { get; private set; }

    public int TodayVisits { get; private set; }

    public int Open { get; private set; }

    public int Overdue { get; private set; }

    public IReadOnlyList<(string Area, int Open, int Total)> ByArea { get; private set; } = [];

    public IReadOnlyList<(string Station, int Open, int Overdue, RatingSummary Ratings)> ByStation { get; private set; } = [];

    public RatingSummary Ratings { get; private set; } = new(0, 0, 0);

    public IReadOnlyList<(string Name, RatingSummary Ratings)> ByStaff { get; private set; } = [];

    public IReadOnlyList<(string Name, RatingSummary Ratings)> ByDesk { get; private set; } = [];

    public IReadOnlyList<(string Name, RatingSummary Ratings)> ByAreaRatings { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var cases = await access.CasesAsync();
        var desk = await access.OwnStationAsync();
        Desk = desk;
        NoStation = desk is null && access.Reach == Reach.Station;
        if (NoStation)
        {
            return;
        }

        var today = clock.Today;
        var dayStart = PortalClock.StartOfDayUtc(today);
        var open = cases.Where(ServiceCase.Open);
        TodayVisits = await cases.CountAsync(c => c.ReceivedAt >= dayStart);
        Open = await open.CountAsync();
        Overdue = await cases.CountAsync(ServiceCase.IsOverdueAt(today));
        ByArea = (await cases.GroupBy(c => c.DutyAreaCode)
                .Select(g => new { g.Key, Open = g.Count(c => c.Status != CaseStatus.Completed), Total = g.Count() }).ToListAsync())
            .OrderBy(x => int.Parse(x.Key[1..], System.Globalization.CultureInfo.InvariantCulture))
            .Select(x => (x.Key, x.Open, x.Total)).ToList();

        var ratings = await access.RatingsAsync();
        var all = await ratings.Select(r => new { r.StationId, r.DeskId, r.DutyAreaCode, r.StaffName, r.Level }).ToListAsync();
        Ratings = RatingSummary.From(all.Select(r => r.Level));
        ByStaff = all.GroupBy(r => r.StaffName).Select(g => (g.Key, RatingSummary.From(g.Select(r => r.Level)))).OrderBy(x => x.Key, StringComparer.Ordinal).ToList();
        var desks = await (await access.DesksAsync()).Select(d => new { d.Id, d.Number }).ToListAsync();
        ByDesk = all.Where(r => r.DeskId is not null).GroupBy(r => r.DeskId)
            .Select(g => ($"{desks.FirstOrDefault(d => d.Id == g.Key)?.Number}", RatingSummary.From(g.Select(r => r.Level)))).OrderBy(x => x.Item1, StringComparer.Ordinal).ToList();
        ByAreaRatings = all.GroupBy(r => r.DutyAreaCode).Select(g => (g.Key, RatingSummary.From(g.Select(r => r.Level)))).OrderBy(x => x.Key.Length).ThenBy(x => x.Key, StringComparer.Ordinal).ToList();

        if (desk is null)
        {
            var stations = await db.Stations.Select(s => new { s.Id, s.Name }).OrderBy(s => s.Name).ToListAsync();
            var counts = await open.GroupBy(c => c.StationId).Select(g => new { g.Key, Open = g.Count() }).ToListAsync();
            var overdue = await cases.Where(ServiceCase.IsOverdueAt(today)).GroupBy(c => c.StationId).Select(g => new { g.Key, Overdue = g.Count() }).ToListAsync();
            ByStation = stations.Select(s => (s.Name, counts.FirstOrDefault(c => c.Key == s.Id)?.Open ?? 0, overdue.FirstOrDefault(c => c.Key == s.Id)?.Overdue ?? 0,
                RatingSummary.From(all.Where(r => r.StationId == s.Id).Select(r => r.Level)))).ToList();
        }
    }
}
