using CommunityStation.Domain.Calendar;
using CommunityStation.Domain.Inbox;
using CommunityStation.Domain.Tests.Calendar;

namespace CommunityStation.Domain.Tests.Inbox;

/// <summary>Issue 12: when a thing is due a reminder. Days waiting count working days on the bureau's calendar.</summary>
public sealed class ReminderRulesTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.From([Calendar2026.Year()]);

    [Fact]
    public void H2_an_end_date_within_the_window_today_included_is_due_and_one_past_it_or_gone_is_not()
    {
        var today = new DateOnly(2026, 11, 2);
        Assert.True(ReminderRules.EndsWithin(today, today, 60));
        Assert.True(ReminderRules.EndsWithin(today.AddDays(60), today, 60));
        Assert.False(ReminderRules.EndsWithin(today.AddDays(61), today, 60));
        Assert.False(ReminderRules.EndsWithin(today.AddDays(-1), today, 60));
    }

    [Fact]
    public void P2_due_tomorrow_means_the_next_working_day_so_a_friday_looks_at_monday_and_the_national_day_holiday_is_skipped()
    {
        Assert.True(ReminderRules.DueNextWorkingDay(new DateOnly(2026, 11, 9), new DateOnly(2026, 11, 6), Calendar));
        Assert.False(ReminderRules.DueNextWorkingDay(new DateOnly(2026, 11, 7), new DateOnly(2026, 11, 6), Calendar));

        // 30 September 2026: 1–7 October are the holiday, 8 October works; 10 October (Saturday) is a make-up working day.
        Assert.True(ReminderRules.DueNextWorkingDay(new DateOnly(2026, 10, 8), new DateOnly(2026, 9, 30), Calendar));
        Assert.True(ReminderRules.DueNextWorkingDay(new DateOnly(2026, 10, 10), new DateOnly(2026, 10, 9), Calendar));
    }

    [Fact]
    public void R2_waiting_longer_than_n_working_days_does_not_count_weekends_or_holidays()
    {
        var friday = new DateOnly(2026, 11, 6);
        Assert.False(ReminderRules.WaitedLongerThan(friday, new DateOnly(2026, 11, 13), 5, Calendar));
        Assert.True(ReminderRules.WaitedLongerThan(friday, new DateOnly(2026, 11, 16), 5, Calendar));

        // Queued the day before the National Day holiday: the week off is not waiting.
        Assert.False(ReminderRules.WaitedLongerThan(new DateOnly(2026, 9, 30), new DateOnly(2026, 10, 9), 2, Calendar));
        Assert.True(ReminderRules.WaitedLongerThan(new DateOnly(2026, 9, 30), new DateOnly(2026, 10, 10), 2, Calendar));
    }

    [Fact]
    public void H6_a_roster_is_out_of_date_since_registration_when_never_acknowledged_else_since_its_first_later_change()
    {
        var registered = new DateOnly(2026, 3, 2);
        Assert.Equal(registered, RosterFiling.OutOfDateSince(null, registered, [new DateOnly(2026, 5, 1)]));

        var acknowledged = new DateOnly(2026, 6, 1);
        Assert.Equal(new DateOnly(2026, 7, 15), RosterFiling.OutOfDateSince(acknowledged, registered, [new DateOnly(2026, 4, 1), new DateOnly(2026, 8, 1), new DateOnly(2026, 7, 15)]));
        Assert.Equal(acknowledged, RosterFiling.OutOfDateSince(acknowledged, registered, [new DateOnly(2026, 4, 1)]));
    }

    [Fact]
    public void A_reminder_names_its_thing_by_kind_and_id_and_keeps_its_day()
    {
        var thing = Guid.Parse("0b5f7b4e-8c7d-4d1c-9a83-2f1f0c6a9e11");
        var reminder = new Reminder(ReminderKind.CaseOverdue, thing, new DateOnly(2026, 11, 2), "案件已超期：X", "/Desk/Cases/Details/x");
        Assert.Equal("CaseOverdue:0b5f7b4e8c7d4d1c9a832f1f0c6a9e11", reminder.Subject);
        Assert.True(reminder.Subject.Length <= Reminder.MaxSubjectLength);

        var notification = Notification.Remind(Guid.NewGuid(), Guid.NewGuid(), reminder, DateTimeOffset.UnixEpoch);
        Assert.Equal(reminder.Subject, notification.ReminderSubject);
        Assert.Equal(reminder.Day, notification.ReminderDay);
        Assert.Equal("案件已超期", ReminderRules.Lead(ReminderKind.CaseOverdue));
    }
}
