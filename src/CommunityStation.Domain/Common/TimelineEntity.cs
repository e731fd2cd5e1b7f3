namespace CommunityStation.Domain.Common;

/// <summary>
/// A tenant's record with a timeline of steps (a service case, a station application): how many steps it has (the
/// next step's number, so the timeline need not be loaded to add one) and who acted last, so that the loser of a race
/// is told who handled it first.
/// </summary>
public abstract class TimelineEntity : TenantEntity
{
    protected TimelineEntity(Guid tenantId, Guid id)
        : base(tenantId, id)
    {
    }

    protected TimelineEntity()
    {
    }

    /// <summary>Steps so far; the last step's sequence number.</summary>
    public int StepCount { get; private set; }

    /// <summary>Who acted last, for "already handled by X".</summary>
    public string? LastActor { get; private set; }

    /// <summary>The user id of <see cref="LastActor"/> (null for a resident, and on rows recorded before issue 10).</summary>
    public Guid? LastActorId { get; private set; }

    /// <summary>Counts a new step by <paramref name="actorName"/>; returns its sequence number.</summary>
    protected int NextStep(string actorName, Guid? actorId)
    {
        StepCount++;
        LastActor = actorName;
        LastActorId = actorId;
        return StepCount;
    }

    /// <summary>
    /// The refusal of a step the record's state does not allow: <paramref name="message"/>, and, when someone has acted
    /// already, who (<paramref name="handledBy"/> formats the message as {0} and the last actor as {1}).
    /// </summary>
    protected DomainException Refusal(string rule, string message, string handledBy) =>
        LastActor is null ? new DomainException(rule, message) : new DomainException(rule, handledBy, null, message, LastActor);
}
