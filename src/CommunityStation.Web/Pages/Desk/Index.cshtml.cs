using System.Linq.Expressions;
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

        // One grouped pass over the cases in reach and one over the ratings: the cards, the duty areas, the
        // stations and the roll-ups are added up from these groups, not counted one query per card.
        var today = clock.Today;
        var counts = await cases.Select(CaseFlags.Of(today, PortalClock.StartOfDayUtc(today)))
            .GroupBy(f => new { f.StationId, f.Area })
            .Select(g => new { g.Key.StationId, g.Key.Area, Total = g.Count(), Open = g.Count(f => f.Open), Overdue = g.Count(f => f.Overdue), Today = g.Count(f => f.Today) })
            .ToListAsync();
        TodayVisits = counts.Sum(c => c.Today);
        Open = counts.Sum(c => c.Open);
        Overdue = counts.Sum(c => c.Overdue);
        ByArea = counts.GroupBy(c => c.Area)
            .OrderBy(g => int.Parse(g.Key[1..], System.Globalization.CultureInfo.InvariantCulture))
            .Select(g => (g.Key, g.Sum(c => c.Open), g.Sum(c => c.Total))).ToList();

        var desks = await access.DesksAsync();
        var ratings = (await (from r in await access.RatingsAsync()
                              join d in desks on new { r.TenantId, Id = r.DeskId } equals new { d.TenantId, Id = (Guid?)d.Id } into ds
                              from d in ds.DefaultIfEmpty()
                              group r by new { r.StationId, r.DeskId, DeskNumber = d == null ? (int?)null : d.Number, r.DutyAreaCode, r.StaffName, r.Level } into g
                              select new { g.Key.StationId, g.Key.DeskId, g.Key.DeskNumber, g.Key.DutyAreaCode, g.Key.StaffName, g.Key.Level, Count = g.Count() })
                .ToListAsync())
            .Select(r => new RatingGroup(r.StationId, r.DeskId, r.DeskNumber, r.DutyAreaCode, r.StaffName, r.Level, r.Count)).ToList();
        Ratings = Tally(ratings);
        ByStaff = ratings.GroupBy(r => r.Staff).Select(g => (g.Key, Tally(g))).OrderBy(x => x.Key, StringComparer.Ordinal).ToList();
        ByDesk = ratings.Where(r => r.DeskId is not null).GroupBy(r => r.DeskId)
            .Select(g => ($"{g.First().DeskNumber}", Tally(g))).OrderBy(x => x.Item1, StringComparer.Ordinal).ToList();
        ByAreaRatings = ratings.GroupBy(r => r.Area).Select(g => (g.Key, Tally(g))).OrderBy(x => x.Key.Length).ThenBy(x => x.Key, StringComparer.Ordinal).ToList();

        if (desk is null)
        {
            var stations = await db.Stations.Select(s => new { s.Id, s.Name }).OrderBy(s => s.Name).ToListAsync();
            ByStation = stations.Select(s => (s.Name, counts.Where(c => c.StationId == s.Id).Sum(c => c.Open), counts.Where(c => c.StationId == s.Id).Sum(c => c.Overdue),
                Tally(ratings.Where(r => r.StationId == s.Id)))).ToList();
        }
    }

    private static RatingSummary Tally(IEnumerable<RatingGroup> groups) => RatingSummary.FromCounts(groups.Select(g => (g.Level, g.Count)));

    private sealed record RatingGroup(Guid StationId, Guid? DeskId, int? DeskNumber, string Area, string Staff, RatingLevel Level, int Count);

    /// <summary>A case reduced to what the dashboard counts, built from the domain's own open and overdue rules.</summary>
    private sealed class CaseFlags
    {
        public Guid StationId { get; init; }

        public string Area { get; init; } = string.Empty;

        public bool Open { get; init; }

        public bool Overdue { get; init; }

        public bool Today { get; init; }

        public static Expression<Func<ServiceCase, CaseFlags>> Of(DateOnly today, DateTimeOffset dayStart)
        {
            var c = Expression.Parameter(typeof(ServiceCase), "c");
            Expression Inline(Expression<Func<ServiceCase, bool>> rule) => new Rebind(rule.Parameters[0], c).Visit(rule.Body);
            MemberAssignment Set(string member, Expression value) => Expression.Bind(typeof(CaseFlags).GetProperty(member)!, value);

            // The start of the day goes in as a captured value, so EF sends it as a parameter.
            var start = new DayStart(dayStart);
            return Expression.Lambda<Func<ServiceCase, CaseFlags>>(
                Expression.MemberInit(
                    Expression.New(typeof(CaseFlags)),
                    Set(nameof(StationId), Expression.Property(c, nameof(ServiceCase.StationId))),
                    Set(nameof(Area), Expression.Property(c, nameof(ServiceCase.DutyAreaCode))),
                    Set(nameof(Open), Inline(ServiceCase.Open)),
                    Set(nameof(Overdue), Inline(ServiceCase.IsOverdueAt(today))),
                    Set(nameof(Today), Expression.GreaterThanOrEqual(Expression.Property(c, nameof(ServiceCase.ReceivedAt)), Expression.Property(Expression.Constant(start), nameof(DayStart.Value))))),
                c);
        }

        private sealed record DayStart(DateTimeOffset Value);

        private sealed class Rebind(ParameterExpression from, Expression to) : ExpressionVisitor
        {
            protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
        }
    }
}
