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
        Name = string.Empty;
        RecordedBy = string.Empty;
    }

    internal CalendarDay(Guid id, int year, DateOnly date, CalendarDayKind kind, string name, Actor recordedBy, DateTimeOffset recordedAt)
    {
        Id = id;
        Year = year;
        Date = date;
        Kind = kind;
        Name = name;
        RecordedBy = recordedBy.RecordedName;
        RecordedById = recordedBy.UserId;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public int Year { get; private set; }

    public DateOnly Date { get; private set; }

    public CalendarDayKind Kind { get; private set; }

    public string Name { get; private set; }

    public string RecordedBy { get; private set; }

    /// <summary>The user id of <see cref="RecordedBy"/> (null on rows recorded before issue 10); the name is their display name.</summary>
    public Guid? RecordedById { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string? RemovedBy { get; private set; }

    /// <summary>The user id of <see cref="RemovedBy"/> (null on rows recorded before issue 10); the name is their display name.</summary>
    public Guid? RemovedById { get; private set; }

    public DateTimeOffset? RemovedAt { get; private set; }

    public bool IsInForce => RemovedAt is null;

    internal void Remove(Actor actor, DateTimeOffset now)
    {
        RemovedBy = actor.RecordedName;
        RemovedById = actor.UserId;
        RemovedAt = now;
    }
}
