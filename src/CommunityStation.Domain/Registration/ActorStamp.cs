namespace CommunityStation.Domain.Registration;

/// <summary>
/// Who did something to a record and when, kept the one way every entity keeps it (issue 10): the name a
/// history shows (<see cref="Actor.RecordedName"/>), the user id (a stable key, as names change; null on rows
/// recorded before issue 10) and the time. A value: an entity replaces it, never edits it.
/// </summary>
public sealed record ActorStamp(string By, Guid? ById, DateTimeOffset At)
{
    public static ActorStamp Of(Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return new ActorStamp(actor.RecordedName, actor.UserId, at);
    }
}
