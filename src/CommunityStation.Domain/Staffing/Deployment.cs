using CommunityStation.Domain.Common;

namespace CommunityStation.Domain.Staffing;

/// <summary>H5: the town moves a staff member between its own stations ("统一调配"); the history stays.</summary>
public sealed class Deployment : ITenantOwned
{
    public Deployment(Guid tenantId, Guid id, Guid personId, Guid fromStationId, Guid toStationId, DateOnly on, string decidedBy, string? note)
    {
        if (fromStationId == toStationId)
        {
            throw new DomainException("H5", "调入工作站不能与原工作站相同。", "ToStationId");
        }

        TenantId = tenantId;
        Id = id;
        PersonId = personId;
        FromStationId = fromStationId;
        ToStationId = toStationId;
        On = on;
        DecidedBy = decidedBy;
        Note = TextNormalizer.NullIfBlank(TextNormalizer.Text(note));
    }

    private Deployment()
    {
        DecidedBy = string.Empty;
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public Guid PersonId { get; private set; }

    public Guid FromStationId { get; private set; }

    public Guid ToStationId { get; private set; }

    public DateOnly On { get; private set; }

    public string DecidedBy { get; private set; }

    public string? Note { get; private set; }
}
