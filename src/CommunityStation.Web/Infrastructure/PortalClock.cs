namespace CommunityStation.Web.Infrastructure;

/// <summary>
/// The portal's one clock (over <see cref="TimeProvider"/>, so tests can move it): storage keeps UTC,
/// people's days are Beijing days (<see cref="ChinaDate"/>, the domain's one China-date helper).
/// </summary>
public sealed class PortalClock
{
    private readonly TimeProvider _time;

    public PortalClock(TimeProvider time)
    {
        _time = time;
    }

    public DateTimeOffset UtcNow => _time.GetUtcNow();

    /// <summary>Today in Beijing.</summary>
    public DateOnly Today => ChinaDate.Of(UtcNow);

    /// <summary>The UTC instant at which a Beijing day begins.</summary>
    public static DateTimeOffset StartOfDayUtc(DateOnly day) => ChinaDate.StartOfDayUtc(day);

    /// <summary>A stored instant as Beijing time, for display.</summary>
    public static DateTimeOffset ToBeijing(DateTimeOffset instant) => ChinaDate.ToBeijing(instant);

    /// <summary>A stored instant as people read it in a table: Beijing time, "2026-11-28 16:26".</summary>
    public static string Shown(DateTimeOffset instant) => ToBeijing(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A stored instant as exports keep it beside Beijing time: UTC, ISO 8601 ("2026-11-28T08:26:00Z").</summary>
    public static string Utc(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The same with seconds, where order within a minute matters (the audit trail, change history).</summary>
    public static string ShownToTheSecond(DateTimeOffset instant) => ToBeijing(instant).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
