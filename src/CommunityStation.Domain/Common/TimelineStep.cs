using CommunityStation.Domain.Registration;

namespace CommunityStation.Domain.Common;

/// <summary>
/// One entry of an aggregate's timeline (a case's, an application's): its number in the timeline, what happened,
/// and who did it when. Entries are only ever added, by the aggregate's own methods.
/// </summary>
public abstract class TimelineStep<TAction>(Guid tenantId, int sequence, TAction action, ActorStamp acted) : ITenantOwned
    where TAction : struct, Enum
{
    /// <summary>For EF Core, which sets the columns itself.</summary>
    protected TimelineStep()
        : this(Guid.Empty, 0, default, null!)
    {
    }

    public Guid TenantId { get; private set; } = tenantId;

    public int Sequence { get; private set; } = sequence;

    public TAction Action { get; private set; } = action;

    /// <summary>Who acted and when; the user id is null on rows recorded before issue 10 (and for a resident, who has no account).</summary>
    public ActorStamp Acted { get; private set; } = acted;
}
