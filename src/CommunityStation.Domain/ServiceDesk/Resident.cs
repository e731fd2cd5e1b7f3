using CommunityStation.Domain.Common;

namespace CommunityStation.Domain.ServiceDesk;

/// <summary>A resident known to a station's desk. Minimal data: a name, and an ID number or phone if given.</summary>
public sealed class Resident : TenantEntity
{
    public Resident(Guid tenantId, Guid id, Guid stationId, string name, string? idNumber, string? phone, bool elderlyOrDisabled, DateTimeOffset createdAt)

        : base(tenantId, id)
    {
        StationId = stationId;
        var folded = TextNormalizer.Text(name);
        Name = folded.Length is > 0 and <= 30 ? folded : throw new DomainException("P2", "请填写居民姓名（不超过 30 个字）。", "ResidentName");
        IdNumber = string.IsNullOrWhiteSpace(idNumber) ? null
            : ChineseIdNumber.TryParse(idNumber, out var id2, out _) ? id2!.Value : throw new DomainException("P2", "身份证号码无效（GB 11643）。", "ResidentIdNumber");
        Phone = string.IsNullOrWhiteSpace(phone) ? null
            : ChinesePhoneNumber.TryParse(phone, out var p, out _) ? p!.Value : throw new DomainException("P2", "联系电话无效：请填写手机号码或带区号的固定电话。", "ResidentPhone");
        ElderlyOrDisabled = elderlyOrDisabled;
        CreatedAt = createdAt;
    }

    private Resident()
    {
    }

    public Guid StationId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string? IdNumber { get; private set; }

    public string? Phone { get; private set; }

    public bool ElderlyOrDisabled { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
