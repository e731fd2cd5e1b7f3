using CommunityStation.Domain.Common;

namespace CommunityStation.Domain.Duties;

/// <summary>A service item under a duty area (D1–D10), e.g. "低保申请" under D5. City-level data kept by the bureau.</summary>
public sealed class ServiceItem
{
    public const int MaxNameLength = 60;
    public const int MaxPromisedDays = 365;

    public ServiceItem(Guid id, string dutyAreaCode, string nameZh, string nameEn, int promisedDays)
    {
        if (!DutyArea.Codes.Contains(dutyAreaCode))
        {
            throw new DomainException("D", "未知的职责领域。", nameof(DutyAreaCode));
        }

        Id = id;
        DutyAreaCode = dutyAreaCode;
        NameZh = string.Empty;
        NameEn = string.Empty;
        Update(nameZh, nameEn, promisedDays, isActive: true);
    }

    public Guid Id { get; private set; }

    public string DutyAreaCode { get; private set; }

    public string NameZh { get; private set; }

    public string NameEn { get; private set; }

    /// <summary>Working days within which a case for this item is promised to be completed (P2).</summary>
    public int PromisedDays { get; private set; }

    public bool IsActive { get; private set; }

    public uint Version { get; private set; }

    public void Update(string nameZh, string nameEn, int promisedDays, bool isActive)
    {
        var zh = TextNormalizer.Text(nameZh);
        if (zh.Length == 0 || zh.Length > MaxNameLength)
        {
            throw new DomainException(string.Empty, "服务事项名称不能为空，且不超过 60 个字。", nameof(NameZh));
        }

        if (promisedDays is < 1 or > MaxPromisedDays)
        {
            throw new DomainException("P2", "承诺办结天数必须在 1 到 365 之间。", nameof(PromisedDays));
        }

        NameZh = zh;
        NameEn = TextNormalizer.Text(nameEn);
        PromisedDays = promisedDays;
        IsActive = isActive;
    }
}
