namespace CommunityStation.Domain.Common;

/// <summary>
/// The one China-date helper: storage keeps UTC, people's days are Beijing days. China has kept UTC+8
/// without daylight saving since 1991. The instant always comes from a <see cref="TimeProvider"/>.
/// </summary>
public static class ChinaDate
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The Beijing calendar day of an instant.</summary>
    public static DateOnly Of(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>Today in Beijing on <paramref name="clock"/>.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Of(clock.GetUtcNow());
    }

    /// <summary>The UTC instant at which a Beijing day begins.</summary>
    // 1 January of year 1 begins before the first instant .NET can hold in UTC: a date typed as 0001-01-01 means "from the start".
    public static DateTimeOffset StartOfDayUtc(DateOnly day) =>
        day == DateOnly.MinValue ? DateTimeOffset.MinValue : new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Offset).ToUniversalTime();

    /// <summary>A stored instant as Beijing time, for display.</summary>
    public static DateTimeOffset ToBeijing(DateTimeOffset instant) => instant.ToOffset(Offset);
}
