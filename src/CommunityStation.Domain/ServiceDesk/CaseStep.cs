using CommunityStation.Domain.Common;

namespace CommunityStation.Domain.ServiceDesk;

/// <summary>One entry of a case's timeline: what happened, who did it, when.</summary>
public sealed class CaseStep : ITenantOwned
{
    internal CaseStep(Guid tenantId, Guid caseId, int sequence, CaseAction action, Guid? actorId, string actorName, DateTimeOffset at, string? note)
    {
        TenantId = tenantId;
        CaseId = caseId;
        Sequence = sequence;
        Action = action;
        ActorId = actorId;
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

    /// <summary>Who acted: a user (null for the resident rating, and on rows recorded before issue 10); <see cref="ActorName"/> is their display name.</summary>
    public Guid? ActorId { get; private set; }

    public string ActorName { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? Note { get; private set; }
}
