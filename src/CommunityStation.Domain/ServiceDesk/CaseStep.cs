using CommunityStation.Domain.Common;
using CommunityStation.Domain.Registration;

namespace CommunityStation.Domain.ServiceDesk;

/// <summary>One entry of a case's timeline: what happened, who did it (no user id for the resident's rating), when.</summary>
public sealed class CaseStep : TimelineStep<CaseAction>
{
    internal CaseStep(Guid tenantId, Guid caseId, int sequence, CaseAction action, ActorStamp acted, string? note)
        : base(tenantId, sequence, action, acted)
    {
        CaseId = caseId;
        Note = note;
    }

    private CaseStep()
    {
    }

    public Guid CaseId { get; private set; }

    public string? Note { get; private set; }
}
