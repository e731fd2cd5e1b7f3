using CommunityStation.Domain.Common;
using CommunityStation.Domain.Registration;

namespace CommunityStation.Domain.Calendar;

/// <summary>
/// One year of the working calendar, kept by the bureau: the public holidays and make-up working days
/// of the State Council's notice for that year. Until the notice is out (usually November or December
/// of the year before) the year is marked not announced: plain weekends and weekdays, and the settings
/// page reminds the bureau to enter it.
/// </summary>
public sealed class CalendarYear
{
    public const int FirstYear = 2008;
    public const int LastYear = 2100;
    public const int MaxSourceLength = 200;

    private readonly List<CalendarDay> _days = [];

    private CalendarYear()
    {
    }

    public CalendarYear(int year, Actor recordedBy, DateTimeOffset recordedAt)
    {
        ArgumentNullException.ThrowIfNull(recordedBy);
        if (year is < FirstYear or > LastYear)
        {
            throw new DomainException(string.Empty, "年份必须在 {0} 到 {1} 之间。", nameof(Year), FirstYear.ToString(System.Globalization.CultureInfo.InvariantCulture), LastYear.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Year = year;
        Recorded = ActorStamp.Of(recordedBy, recordedAt);
    }

    public int Year { get; private set; }

    /// <summary>Whether the State Council's notice for this year has been entered.</summary>
    public bool Announced { get; private set; }

    /// <summary>The notice the entries follow, e.g. "国务院办公厅关于2026年部分节假日安排的通知".</summary>
    public string? Source { get; private set; }

    /// <summary>Who last recorded the year (created it or set its notice) and when.</summary>
    public ActorStamp Recorded { get; private set; } = null!;

    public uint Version { get; private set; }

    public IReadOnlyList<CalendarDay> Days => _days;

    /// <summary>Records a holiday or a make-up working day of this year.</summary>
    public CalendarDay AddDay(Guid id, DateOnly date, CalendarDayKind kind, string? name, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (date.Year != Year)
        {
            throw new DomainException(string.Empty, "日期不在 {0} 年内。", "Date", Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (!Enum.IsDefined(kind))
        {
            throw new DomainException(string.Empty, "请选择放假或调休上班。", "Kind");
        }

        var folded = TextNormalizer.Text(name);
        if (folded.Length is 0 or > CalendarDay.MaxNameLength)
        {
            throw new DomainException(string.Empty, "请填写名称（如“国庆节”，不超过 30 个字）。", "Name");
        }

        // A weekday already works: a make-up working day is a weekend day the notice moves.
        if (kind == CalendarDayKind.MakeUpWorkingDay && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
        {
            throw new DomainException(string.Empty, "调休上班日应为周六或周日（工作日本来就上班）。", "Date");
        }

        if (_days.Any(d => d.IsInForce && d.Date == date))
        {
            throw new DomainException(string.Empty, "该日已有记录；如需更改，请先删除原记录。", "Date");
        }

        var day = new CalendarDay(id, Year, date, kind, folded, ActorStamp.Of(actor, now));
        _days.Add(day);
        return day;
    }

    /// <summary>Removes an entry; it stays in the history with who removed it and when.</summary>
    public void RemoveDay(Guid dayId, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var day = _days.FirstOrDefault(d => d.Id == dayId && d.IsInForce)
            ?? throw new DomainException(string.Empty, "找不到该记录，或已被删除。");
        day.Remove(actor, now);
    }

    /// <summary>Marks the year as following the State Council's notice (named), or back to not announced.</summary>
    public void SetAnnounced(bool announced, string? source, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var folded = TextNormalizer.NullIfBlank(TextNormalizer.Text(source));
        if (announced && folded is null)
        {
            throw new DomainException(string.Empty, "请填写依据的通知名称或文号。", "Source");
        }

        if (folded is { Length: > MaxSourceLength })
        {
            throw new DomainException(string.Empty, "不超过 {0} 个字。", "Source", MaxSourceLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Announced = announced;
        Source = folded;
        Recorded = ActorStamp.Of(actor, now);
    }
}
