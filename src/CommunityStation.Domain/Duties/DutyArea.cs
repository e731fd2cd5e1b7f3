namespace CommunityStation.Domain.Duties;

/// <summary>
/// One of the ten fixed duty areas D1–D10 of section 三. The codes are fixed; the service items under
/// each area are data the bureau can extend.
/// </summary>
public sealed class DutyArea
{
    public DutyArea(string code, int sortOrder, string nameZh, string nameEn)
    {
        Code = code;
        SortOrder = sortOrder;
        NameZh = nameZh;
        NameEn = nameEn;
    }

    /// <summary>"D1" … "D10".</summary>
    public string Code { get; private set; }

    public int SortOrder { get; private set; }

    public string NameZh { get; private set; }

    public string NameEn { get; private set; }

    public static readonly IReadOnlyList<string> Codes = ["D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8", "D9", "D10"];
}
