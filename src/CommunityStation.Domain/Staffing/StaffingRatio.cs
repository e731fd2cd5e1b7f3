using CommunityStation.Domain.Common;
using CommunityStation.Domain.Registration;

namespace CommunityStation.Domain.Staffing;

/// <summary>
/// S1, S2, B4 for one community (or summed for a town or the city): required = ceil(households / per
/// worker); actual = the people who are party full-time staff, RC members or station staff ("三者总数"),
/// each person once however many of the three they are; the RC's retention share, with a warning outside
/// the band; reserved vacancies. PartyStaff, RcMembers and StationStaff are the breakdown by role.
/// </summary>
public sealed record StaffingRatio(int Households, decimal HouseholdsPerWorker, int PartyStaff, int RcMembers, int StationStaff, int People, int RcRetained, decimal RetentionShare, decimal RetentionTolerance, int ReservedVacancies)
{
    /// <summary>
    /// S1/S2/B4 for one community from its sides current on the day: a person who is both an RC member
    /// and station staff is one person in the total (S1) and not "retained" on the RC (S2).
    /// </summary>
    public static StaffingRatio ForCommunity(int households, decimal perWorker, IEnumerable<(Guid PersonId, WorkforceSide Side)> sides, decimal share, decimal tolerance, int reservedVacancies)
    {
        ArgumentNullException.ThrowIfNull(sides);
        var list = sides.ToList();
        HashSet<Guid> On(WorkforceSide side) => [.. list.Where(s => s.Side == side).Select(s => s.PersonId)];
        var (party, rc, station) = (On(WorkforceSide.PartyStaff), On(WorkforceSide.RcMember), On(WorkforceSide.StationStaff));
        var people = new HashSet<Guid>(party);
        people.UnionWith(rc);
        people.UnionWith(station);
        return new StaffingRatio(households, perWorker, party.Count, rc.Count, station.Count, people.Count, rc.Count(p => !station.Contains(p)), share, tolerance, Math.Max(0, reservedVacancies));
    }

    /// <summary>
    /// Whether a community is in the ratios: one whose station (every one it had) was deregistered is left
    /// out of every ratio and roll-up; one that has not set a station up yet stays in (B1: every eligible
    /// community is to have one).
    /// </summary>
    public static bool Covers(IReadOnlyCollection<StationStatus> stations)
    {
        ArgumentNullException.ThrowIfNull(stations);
        return stations.Count == 0 || stations.Contains(StationStatus.Registered);
    }

    /// <summary>S1: "不低于每200户配1名": ceil(households / 200).</summary>
    public int Required => HouseholdsPerWorker <= 0 ? 0 : (int)Math.Ceiling(Households / HouseholdsPerWorker);

    /// <summary>S1 "三者总数": people, not roles.</summary>
    public int Actual => People;

    public int Shortfall => Math.Max(0, Required - Actual);

    public bool MeetsStandard => Actual >= Required;

    /// <summary>S2: the share of RC members who stay on party building and self-governance (not also station staff).</summary>
    public decimal? RcRetainedShare => RcMembers == 0 ? null : Math.Round((decimal)RcRetained / RcMembers, 3);

    /// <summary>S2 is soft ("原则上 … 左右"): a warning outside share ± tolerance, never a refusal.</summary>
    public RuleWarning? RetentionWarning =>
        RcRetainedShare is { } share && (share < RetentionShare - RetentionTolerance || share > RetentionShare + RetentionTolerance)
            ? new RuleWarning("S2", "居委会保留从事党建和自治工作的人员比例为 {0}，原则上应在 {1} 左右。",
                share.ToString("P0", System.Globalization.CultureInfo.InvariantCulture), RetentionShare.ToString("P0", System.Globalization.CultureInfo.InvariantCulture))
            : null;

    public static StaffingRatio Sum(IEnumerable<StaffingRatio> ratios, decimal perWorker, decimal share, decimal tolerance)
    {
        var list = ratios.ToList();
        return new StaffingRatio(list.Sum(r => r.Households), perWorker, list.Sum(r => r.PartyStaff), list.Sum(r => r.RcMembers), list.Sum(r => r.StationStaff), list.Sum(r => r.People),
            list.Sum(r => r.RcRetained), share, tolerance, list.Sum(r => r.ReservedVacancies))
        {
            SummedRequired = list.Sum(r => r.RequiredTotal),
            SummedShortfall = list.Sum(r => r.ShortfallTotal),
        };
    }

    /// <summary>For a town or the city the requirement is the sum of the communities' (each rounded up).</summary>
    public int? SummedRequired { get; init; }

    public int RequiredTotal => SummedRequired ?? Required;

    /// <summary>A surplus in one community does not cover another's shortfall.</summary>
    public int? SummedShortfall { get; init; }

    public int ShortfallTotal => SummedShortfall ?? Shortfall;
}
