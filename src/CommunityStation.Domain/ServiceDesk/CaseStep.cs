using CommunityStation.Domain.Common;
using CommunityStation.Domain.Registration;

namespace CommunityStation.Domain.ServiceDesk;

/// <summary>One entry of a case's timeline: what happened, who did it, when.</summary>
public sealed class CaseStep : ITenantOwned
{
    internal CaseStep(Guid tenantId, Guid caseId, int sequence, CaseAction action, ActorStamp acted, string? note)
    {
        TenantId = tenantId;
        CaseId = caseId;
        Sequence = sequence;
        Action = action;
        Acted = acted;
        Note = note;
    }

    private CaseStep()
    {
    }

    public Guid TenantId { get; private set; }

    public Guid CaseId { get; private set; }

    public int Sequence { get; private set; }

    public CaseAction Action { get; private set; }

    /// <summary>Who acted and when; the user id is null for the resident's rating (and on rows recorded before issue 10).</summary>
    public ActorStamp Acted { get; private set; } = null!;

    public string? Note { get; private set; }
}
