using CommunityStation.Domain.Registration;

namespace CommunityStation.Domain.Calendar;

/// <summary>
/// One entry of a year's calendar: a holiday or a make-up working day, with its name (e.g. 国庆节), who
/// recorded it and when. Entries are never deleted: a removal is recorded too, so the calendar's history
/// (like every setting's) can always be read back.
/// </summary>
public sealed class CalendarDay
{
    public const int MaxNameLength = 30;

    private CalendarDay()
    {
    }

    internal CalendarDay(Guid id, int year, DateOnly date, CalendarDayKind kind, string name, ActorStamp recorded)
    {
        Id = id;
        Year = year;
        Date = date;
        Kind = kind;
        Name = name;
        Recorded = recorded;
    }

    public Guid Id { get; private set; }

    public int Year { get; private set; }

    public DateOnly Date { get; private set; }

    public CalendarDayKind Kind { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public ActorStamp Recorded { get; private set; } = null!;

    /// <summary>Who removed the entry and when; null while it is in force.</summary>
    public ActorStamp? Removed { get; private set; }

    public bool IsInForce => Removed is null;

    internal void Remove(Actor actor, DateTimeOffset now) => Removed = ActorStamp.Of(actor, now);
}
