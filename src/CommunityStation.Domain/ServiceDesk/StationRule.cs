using CommunityStation.Domain.Common;
using CommunityStation.Domain.Registration;

namespace CommunityStation.Domain.ServiceDesk;

/// <summary>
/// B6: the station's posted rules (制度上墙), edited by the head. Every edit is a new revision; the
/// newest is what the wall (the public page) shows.
/// </summary>
public sealed class StationRuleRevision : TenantEntity
{
    public const int MaxBodyLength = 8000;

    public StationRuleRevision(Guid tenantId, Guid id, Guid stationId, int revision, string body, Actor editedBy, DateTimeOffset editedAt)
        : base(tenantId, id)
    {
        ArgumentNullException.ThrowIfNull(editedBy);
        var text = (body ?? string.Empty).Trim();
        if (text.Length == 0 || text.Length > MaxBodyLength)
        {
            throw new DomainException("B6", "制度内容不能为空，且不超过 8000 个字。", "Body");
        }

        StationId = stationId;
        Revision = revision;
        Body = text;
        Edited = ActorStamp.Of(editedBy, editedAt);
    }

    private StationRuleRevision()
    {
    }

    public Guid StationId { get; private set; }

    public int Revision { get; private set; }

    public string Body { get; private set; } = string.Empty;

    public ActorStamp Edited { get; private set; } = null!;
}

/// <summary>What the public page shows besides the register: opening hours and a short code for case numbers.</summary>
public sealed class StationProfile : ITenantOwned
{
    public StationProfile(Guid tenantId, Guid stationId, string caseCode, string openingHours)
    {
        TenantId = tenantId;
        StationId = stationId;
        CaseCode = caseCode;
        Update(openingHours);
    }

    private StationProfile()
    {
    }

    public Guid TenantId { get; private set; }

    public Guid StationId { get; private set; }

    /// <summary>Prefix of the station's case numbers, e.g. "CZ01".</summary>
    public string CaseCode { get; private set; } = string.Empty;

    public string OpeningHours { get; private set; } = string.Empty;

    /// <summary>B6: the station's public service phone (a landline or mobile of the station, not a person's), or none.</summary>
    public string? Phone { get; private set; }

    /// <summary>B6: sets the public service phone; blank clears it.</summary>
    public void SetPhone(string? phone) =>
        Phone = string.IsNullOrWhiteSpace(phone) ? null
            : ChinesePhoneNumber.TryParse(phone, out var parsed, out _) ? parsed!.Value
            : throw new DomainException("B6", "服务电话无效：请填写带区号的固定电话或手机号码。", "Phone");

    public void Update(string openingHours)
    {
        var text = TextNormalizer.Text(openingHours);
        OpeningHours = text.Length is > 0 and <= 200 ? text : throw new DomainException("B6", "请填写开放时间（不超过 200 个字）。", "OpeningHours");
    }
}
