namespace CommunityStation.Domain.Calendar;

/// <summary>
/// China's working calendar as the bureau keeps it: Monday to Friday work, Saturday and Sunday rest,
/// except the public holidays (放假) and the make-up working days (调休上班) the State Council announces
/// each year. A year nobody has entered is plain weekends and weekdays. Pure: built from the stored
/// <see cref="CalendarYear"/> rows, asked by every "N working days" deadline.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly Dictionary<DateOnly, CalendarDayKind> _days;

    public WorkingCalendar(IEnumerable<KeyValuePair<DateOnly, CalendarDayKind>> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        _days = new Dictionary<DateOnly, CalendarDayKind>();
        foreach (var (date, kind) in days)
        {
            _days[date] = kind;
        }
    }

    /// <summary>No holidays and no make-up days: weekdays work, weekends rest.</summary>
    public static WorkingCalendar WeekdaysOnly { get; } = new([]);

    /// <summary>The calendar in force: every day still listed (not removed) in the given years.</summary>
    public static WorkingCalendar From(IEnumerable<CalendarYear> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        return new WorkingCalendar(years.SelectMany(y => y.Days).Where(d => d.IsInForce).Select(d => KeyValuePair.Create(d.Date, d.Kind)));
    }

    public bool IsWorkingDay(DateOnly date) => _days.TryGetValue(date, out var kind)
        ? kind == CalendarDayKind.MakeUpWorkingDay
        : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>
    /// The <paramref name="days"/>-th working day after <paramref name="from"/>; the day itself is not
    /// counted (民法典 第二百零一条: 开始的当日不计入), so the result is always a working day. Zero days: <paramref name="from"/>.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var date = from;
        for (var counted = 0; counted < days;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return date;
    }

    /// <summary>
    /// The working days after <paramref name="from"/> up to and including <paramref name="to"/>
    /// (so <c>WorkingDaysBetween(d, AddWorkingDays(d, n)) == n</c>); negative when <paramref name="to"/> is earlier.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }

        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }
}
