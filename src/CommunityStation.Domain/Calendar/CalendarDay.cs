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

    internal CalendarDay(Guid id, int year, DateOnly date, CalendarDayKind kind, string name, string recordedBy, DateTimeOffset recordedAt)
    {
        Id = id;
        Year = year;
        Date = date;
        Kind = kind;
        Name = name;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public int Year { get; private set; }

    public DateOnly Date { get; private set; }

    public CalendarDayKind Kind { get; private set; }

    public string Name { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string? RemovedBy { get; private set; }

    public DateTimeOffset? RemovedAt { get; private set; }

    public bool IsInForce => RemovedAt is null;

    internal void Remove(string actor, DateTimeOffset now)
    {
        RemovedBy = actor;
        RemovedAt = now;
    }
}
