using CommunityStation.Domain.Registration;

namespace CommunityStation.Domain.Common;

/// <summary>
/// One entry of an aggregate's timeline (a case's, an application's): its number in the timeline, what happened,
/// and who did it when. Entries are only ever added, by the aggregate's own methods.
/// </summary>
public abstract class TimelineStep<TAction> : ITenantOwned
    where TAction : struct, Enum
{
    protected TimelineStep(Guid tenantId, int sequence, TAction action, ActorStamp acted)
    {
        TenantId = tenantId;
        Sequence = sequence;
        Action = action;
        Acted = acted;
    }

    protected TimelineStep()
    {
    }

    public Guid TenantId { get; private set; }

    public int Sequence { get; private set; }

    public TAction Action { get; private set; }

    /// <summary>Who acted and when; the user id is null on rows recorded before issue 10 (and for a resident, who has no account).</summary>
    public ActorStamp Acted { get; private set; } = null!;
}
