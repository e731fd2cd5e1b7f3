using CommunityStation.Domain.Common;

namespace CommunityStation.Domain.Staffing;

/// <summary>
/// S1, S2, B4 for one community (or summed for a town or the city): required = ceil(households / per
/// worker); actual = party full-time staff + RC members + station staff; the RC's retention share, with
/// a warning outside the band; reserved vacancies.
/// </summary>
public sealed record StaffingRatio(int Households, decimal HouseholdsPerWorker, int PartyStaff, int RcMembers, int StationStaff, int RcRetained, decimal RetentionShare, decimal RetentionTolerance, int ReservedVacancies)
{
    /// <summary>S1: "不低于每200户配1名": ceil(households / 200).</summary>
    public int Required => HouseholdsPerWorker <= 0 ? 0 : (int)Math.Ceiling(Households / HouseholdsPerWorker);

    public int Actual => PartyStaff + RcMembers + StationStaff;

    public int Shortfall => Math.Max(0, Required - Actual);

    public bool MeetsStandard => Actual >= Required;

    /// <summary>S2: the share of RC members who stay on party building and self-governance (not also station staff).</summary>
    public decimal? RcRetainedShare => RcMembers == 0 ? null : Math.Round((decimal)RcRetained / RcMembers, 3);

    /// <summary>S2 is soft ("原则上 … 左右"): a warning outside share ± tolerance, never a refusal.</summary>
    public RuleWarning? RetentionWarning =>
        RcRetainedShare is { } share && (share < RetentionShare - RetentionTolerance || share > RetentionShare + RetentionTolerance)
            ? new RuleWarning("S2", "居委会保留从事党建和自治工作的人员比例为 {0}，原则上应在 {1} 左右（规则 S2）。",
                share.ToString("P0", System.Globalization.CultureInfo.InvariantCulture), RetentionShare.ToString("P0", System.Globalization.CultureInfo.InvariantCulture))
            : null;

    public static StaffingRatio Sum(IEnumerable<StaffingRatio> ratios, decimal perWorker, decimal share, decimal tolerance)
    {
        var list = ratios.ToList();
        return new StaffingRatio(list.Sum(r => r.Households), perWorker, list.Sum(r => r.PartyStaff), list.Sum(r => r.RcMembers), list.Sum(r => r.StationStaff),
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
