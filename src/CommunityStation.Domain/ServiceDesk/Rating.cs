using CommunityStation.Domain.Common;

namespace CommunityStation.Domain.ServiceDesk;

/// <summary>
/// M2: a resident's rating of one completed case, with what it rolls up by (staff member, desk, duty
/// area, station, town) copied at rating time.
/// </summary>
public sealed class Rating : TenantEntity
{
    // EF Core reads a rating through this constructor too: every parameter is a column.
    internal Rating(Guid tenantId, Guid id, Guid caseId, Guid stationId, Guid? deskId, string dutyAreaCode, Guid staffId, string staffName, RatingLevel level, string? comment, DateTimeOffset at)

        : base(tenantId, id)
    {
        CaseId = caseId;
        StationId = stationId;
        DeskId = deskId;
        DutyAreaCode = dutyAreaCode;
        StaffId = staffId;
        StaffName = staffName;
        Level = level;
        Comment = comment;
        At = at;
    }

    public Guid CaseId { get; private set; }

    public Guid StationId { get; private set; }

    public Guid? DeskId { get; private set; }

    public string DutyAreaCode { get; private set; }

    public Guid StaffId { get; private set; }

    public string StaffName { get; private set; }

    public RatingLevel Level { get; private set; }

    public string? Comment { get; private set; }

    public DateTimeOffset At { get; private set; }
}

/// <summary>A roll-up of ratings for any grouping.</summary>
public sealed record RatingSummary(int Satisfied, int BasicallySatisfied, int Dissatisfied)
{
    public int Total => Satisfied + BasicallySatisfied + Dissatisfied;

    /// <summary>Share of satisfied plus basically satisfied, 0–1; null with no ratings.</summary>
    public decimal? SatisfactionRate => Total == 0 ? null : Math.Round((decimal)(Satisfied + BasicallySatisfied) / Total, 3);

    public static RatingSummary From(IEnumerable<RatingLevel> levels)
    {
        var list = levels.ToList();
        return new(list.Count(l => l == RatingLevel.Satisfied), list.Count(l => l == RatingLevel.BasicallySatisfied), list.Count(l => l == RatingLevel.Dissatisfied));
    }

    /// <summary>From counts per level, as a grouped query returns them.</summary>
    public static RatingSummary FromCounts(IEnumerable<(RatingLevel Level, int Count)> counts)
    {
        var list = counts.ToList();
        return new(list.Where(c => c.Level == RatingLevel.Satisfied).Sum(c => c.Count), list.Where(c => c.Level == RatingLevel.BasicallySatisfied).Sum(c => c.Count),
            list.Where(c => c.Level == RatingLevel.Dissatisfied).Sum(c => c.Count));
    }
}
