using CommunityStation.Domain.Common;

namespace CommunityStation.Domain.ServiceDesk;

/// <summary>One entry of a case's timeline: what happened, who did it, when.</summary>
public sealed class CaseStep : ITenantOwned
{
    internal CaseStep(Guid tenantId, Guid caseId, int sequence, CaseAction action, string actorName, DateTimeOffset at, string? note)
    {
        TenantId = tenantId;
        CaseId = caseId;
        Sequence = sequence;
        Action = action;
        ActorName = actorName;
        At = at;
        Note = note;
    }

    private CaseStep()
    {
        ActorName = string.Empty;
    }

    public Guid TenantId { get; private set; }

    public Guid CaseId { get; private set; }

    public int Sequence { get; private set; }

    public CaseAction Action { get; private set; }

    public string ActorName { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? Note { get; private set; }
}
