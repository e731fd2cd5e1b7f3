using CommunityStation.Domain.Calendar;

namespace CommunityStation.Domain.Inbox;

/// <summary>What a reminder is about (issue 12): each kind has its own rule in <see cref="ReminderRules"/>.</summary>
public enum ReminderKind
{
    /// <summary>H2: a contract ends within the warning window (setting <c>H.ContractExpiryWarningDays</c>).</summary>
    ContractExpiring = 1,

    /// <summary>A community's RC term (换届) ends within the window (setting <c>Reminder.RcTermEndingDays</c>).</summary>
    RcTermEnding = 2,

    /// <summary>P2: an open case is past its promised day.</summary>
    CaseOverdue = 3,

    /// <summary>P2: an open case is due on the next working day.</summary>
    CaseDueTomorrow = 4,

    /// <summary>H6: a station's roster differs from its last acknowledged filing for more than N working days.</summary>
    RosterFilingOutOfDate = 5,

    /// <summary>R2: an application waits at the town for more than N working days.</summary>
    ApplicationWaitingAtTown = 6,

    /// <summary>R3: an application waits at the bureau for more than N working days.</summary>
    ApplicationWaitingAtBureau = 7,
}

/// <summary>
/// One thing to remind one recipient of on one (Beijing) day. <see cref="Subject"/> names the thing
/// ("ContractExpiring:…id…"); a recipient gets at most one reminder per subject and day, which the
/// database enforces with a unique key over (recipient, subject, day).
/// </summary>
public sealed record Reminder(ReminderKind Kind, Guid Thing, DateOnly Day, string Title, string Link)
{
    public const int MaxSubjectLength = 60;

    public string Subject => SubjectOf(Kind, Thing);

    public static string SubjectOf(ReminderKind kind, Guid thing) => $"{kind}:{thing:N}";
}

/// <summary>
/// The reminder rules, pure: each answers whether a thing is due a reminder today. The numbers are dated
/// policy settings (the policy gives none); "N days waiting" counts working days on the bureau's calendar.
/// </summary>
public static class ReminderRules
{
    /// <summary>The leads of reminder titles ("合同即将到期：…"), stored in Chinese and translated when shown.</summary>
    public static string Lead(ReminderKind kind) => kind switch
    {
        ReminderKind.ContractExpiring => "合同即将到期",
        ReminderKind.RcTermEnding => "居委会任期即将届满",
        ReminderKind.CaseOverdue => "案件已超期",
        ReminderKind.CaseDueTomorrow => "案件下一个工作日到期",
        ReminderKind.RosterFilingOutOfDate => "名单备案已过期",
        ReminderKind.ApplicationWaitingAtTown => "申请待镇（街道）审核已超时",
        ReminderKind.ApplicationWaitingAtBureau => "申请待民政局登记已超时",
        _ => kind.ToString(),
    };

    public static IReadOnlyList<string> Leads { get; } = Enum.GetValues<ReminderKind>().Select(Lead).ToList();

    /// <summary>H2 and the RC term: a date that falls within the next <paramref name="windowDays"/> calendar days, today included.</summary>
    public static bool EndsWithin(DateOnly end, DateOnly today, int windowDays) => end >= today && end <= today.AddDays(windowDays);

    /// <summary>P2: an open case promised for the next working day after today.</summary>
    public static bool DueNextWorkingDay(DateOnly promisedBy, DateOnly today, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return promisedBy == calendar.AddWorkingDays(today, 1);
    }

    /// <summary>More than <paramref name="days"/> working days have passed since <paramref name="since"/> (R2, R3, H6).</summary>
    public static bool WaitedLongerThan(DateOnly since, DateOnly today, int days, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.WorkingDaysBetween(since, today) > days;
    }
}
