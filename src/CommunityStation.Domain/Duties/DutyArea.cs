namespace CommunityStation.Domain.Duties;

/// <summary>
/// One of the ten fixed duty areas D1–D10 of section 三. The codes are fixed; the service items under
/// each area are data the bureau can extend.
/// </summary>
public sealed class DutyArea(string code, int sortOrder, string nameZh, string nameEn)
{
    /// <summary>"D1" … "D10".</summary>
    public string Code { get; private set; } = code;

    public int SortOrder { get; private set; } = sortOrder;

    public string NameZh { get; private set; } = nameZh;

    public string NameEn { get; private set; } = nameEn;

    public static readonly IReadOnlyList<string> Codes = ["D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8", "D9", "D10"];
}
