namespace CommunityStation.Web.Infrastructure;

/// <summary>
/// The portal's one clock (over <see cref="TimeProvider"/>, so tests can move it): storage keeps UTC,
/// people's days are Beijing days. China has kept UTC+8 without daylight saving since 1991.
/// </summary>
public sealed class PortalClock
{
    public static readonly TimeSpan BeijingOffset = TimeSpan.FromHours(8);

    private readonly TimeProvider _time;

    public PortalClock(TimeProvider time)
    {
        _time = time;
    }

    public DateTimeOffset UtcNow => _time.GetUtcNow();

    /// <summary>Today in Beijing.</summary>
    public DateOnly Today => DateOnly.FromDateTime(UtcNow.ToOffset(BeijingOffset).DateTime);

    /// <summary>The UTC instant at which a Beijing day begins.</summary>
    public static DateTimeOffset StartOfDayUtc(DateOnly day) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), BeijingOffset).ToUniversalTime();

    /// <summary>A stored instant as Beijing time, for display.</summary>
    public static DateTimeOffset ToBeijing(DateTimeOffset instant) => instant.ToOffset(BeijingOffset);
}
