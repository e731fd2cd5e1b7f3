namespace CommunityStation.Web.Infrastructure.Reminders;

/// <summary>When reminders run (<c>Reminders:*</c>). What is due is decided by the dated policy settings, not here.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>Off: this instance never runs the job (another instance may).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the job runs across all instances, in minutes.</summary>
    public int IntervalMinutes { get; set; } = 60;

    public TimeSpan Interval => TimeSpan.FromMinutes(Math.Max(1, IntervalMinutes));

    /// <summary>How often an instance looks whether a run is due: the interval, at most five minutes.</summary>
    public TimeSpan Poll => Interval < TimeSpan.FromMinutes(5) ? Interval : TimeSpan.FromMinutes(5);
}
