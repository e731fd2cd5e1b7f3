using Microsoft.Extensions.Time.Testing;

namespace CommunityStation.Domain.Tests.Calendar;

public sealed class WorkingCalendarTests
{
    private static readonly CaseOwner Desk = new(Guid.NewGuid(), "王芳");

    private static string Sealed(string token) => "sealed:" + token;

    private static ServiceCase Receive(DateTimeOffset now, int promisedDays, WorkingCalendar calendar) =>
        ServiceCase.Receive(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "YI01", ChinaDate.Of(now).Year, 1, null, null, "D5", Guid.NewGuid(), promisedDays, calendar,
            CaseChannel.WalkIn, false, "申请低保", Desk, now, 30, Sealed).Case;

    /// <summary>An instant given as Beijing wall-clock time.</summary>
    private static DateTimeOffset Beijing(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, ChinaDate.Offset);

    [Fact]
    public void M_promised_date_skips_the_national_day_holiday()
    {
        // Received Wednesday 30 September; 1 October to 7 October are off; Thursday 8 October is the next working day.
        var c = Receive(Beijing(2026, 9, 30, 10, 0), 1, Calendar2026.Calendar());
        Assert.Equal(new DateOnly(2026, 10, 8), c.PromisedBy);

        // Three working days: 8th, 9th and Saturday the 10th, a make-up working day.
        Assert.Equal(new DateOnly(2026, 10, 10), Receive(Beijing(2026, 9, 30, 10, 0), 3, Calendar2026.Calendar()).PromisedBy);
    }

    [Fact]
    public void M_promised_date_counts_a_make_up_saturday_as_working()
    {
        // Friday 13 February; Saturday the 14th is worked before the Spring Festival.
        var calendar = Calendar2026.Calendar();
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 2, 14)));
        Assert.Equal(new DateOnly(2026, 2, 14), Receive(Beijing(2026, 2, 13, 9, 0), 1, calendar).PromisedBy);

        // Two working days: the 14th, then the festival (15th to 23rd) is skipped to Tuesday the 24th.
        Assert.Equal(new DateOnly(2026, 2, 24), Receive(Beijing(2026, 2, 13, 9, 0), 2, calendar).PromisedBy);
    }

    [Fact]
    public void M_promised_date_counts_working_days_not_calendar_days_on_a_plain_week()
    {
        // Thursday 26 November + 5 working days: Fri, Mon, Tue, Wed, Thu 3 December (not 1 December).
        Assert.Equal(new DateOnly(2026, 12, 3), Receive(Beijing(2026, 11, 26, 10, 0), 5, Calendar2026.Calendar()).PromisedBy);
    }

    [Fact]
    public void M_promised_date_counts_from_the_china_day_of_receipt_not_the_utc_day()
    {
        // 00:01 on Saturday 28 November in Beijing is still Friday in UTC; counting starts from Saturday: Monday 30th.
        var now = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 16, 1, 0, TimeSpan.Zero)).GetUtcNow();
        Assert.Equal(new DateOnly(2026, 11, 30), Receive(now, 1, Calendar2026.Calendar()).PromisedBy);
    }

    [Fact]
    public void Clock_year_end_promised_date_runs_into_the_next_year()
    {
        // Thursday 31 December 2026, 23:59 Beijing: one working day later is Friday 1 January 2027 while the
        // 2027 notice is not entered, and Monday the 4th once the bureau records New Year's Day.
        var now = Beijing(2026, 12, 31, 23, 59);
        Assert.Equal(new DateOnly(2027, 1, 1), Receive(now, 1, Calendar2026.Calendar()).PromisedBy);

        var year2027 = new CalendarYear(2027, TestActor.Named("bureau"), now);
        year2027.AddDay(Guid.NewGuid(), new DateOnly(2027, 1, 1), CalendarDayKind.Holiday, "元旦", TestActor.Named("bureau"), now);
        Assert.Equal(new DateOnly(2027, 1, 4), Receive(now, 1, WorkingCalendar.From([Calendar2026.Year(), year2027])).PromisedBy);

        // Two minutes later it is 2027 in Beijing, though still 2026 in UTC.
        var after = now.AddMinutes(2);
        Assert.Equal(2026, after.UtcDateTime.Year);
        Assert.Equal(2027, Receive(after, 1, Calendar2026.Calendar()).Year);
    }

    [Fact]
    public void Clock_29_february_is_an_ordinary_working_day_in_a_leap_year()
    {
        var calendar = WorkingCalendar.WeekdaysOnly;

        // 2028 is a leap year: Monday 28 February + 1 working day is Tuesday 29 February.
        Assert.Equal(new DateOnly(2028, 2, 29), calendar.AddWorkingDays(new DateOnly(2028, 2, 28), 1));
        Assert.Equal(new DateOnly(2028, 3, 1), calendar.AddWorkingDays(new DateOnly(2028, 2, 29), 1));
        Assert.Equal(2, calendar.WorkingDaysBetween(new DateOnly(2028, 2, 28), new DateOnly(2028, 3, 1)));

        // 23:59 and 00:01 around it in Beijing.
        var clock = new FakeTimeProvider(new DateTimeOffset(2028, 2, 28, 15, 59, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2028, 2, 28), ChinaDate.Today(clock));
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(new DateOnly(2028, 2, 29), ChinaDate.Today(clock));
    }

    [Fact]
    public void Clock_working_calendar_knows_holidays_make_up_days_and_plain_weekends()
    {
        var calendar = Calendar2026.Calendar();
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 10, 5)));   // Monday in the National Day holiday
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 9, 20)));    // Sunday worked for it
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 11, 28)));  // a plain Saturday
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 11, 27)));   // a plain Friday
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 5, 3)));     // 2027 not entered: a plain Monday
    }

    [Fact]
    public void Clock_working_days_between_is_the_inverse_of_adding_working_days()
    {
        var calendar = Calendar2026.Calendar();
        var from = new DateOnly(2026, 9, 18);
        foreach (var n in new[] { 0, 1, 2, 5, 10, 30 })
        {
            var to = calendar.AddWorkingDays(from, n);
            Assert.Equal(n, calendar.WorkingDaysBetween(from, to));
            Assert.Equal(-n, calendar.WorkingDaysBetween(to, from));
        }

        // 30 September to 9 October: the 8th and the 9th.
        Assert.Equal(2, calendar.WorkingDaysBetween(new DateOnly(2026, 9, 30), new DateOnly(2026, 10, 9)));
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.AddWorkingDays(from, -1));
    }

    [Fact]
    public void Clock_a_make_up_working_day_must_be_a_weekend_day_and_a_date_has_one_entry()
    {
        var now = Beijing(2026, 11, 28, 9, 0);
        var year = new CalendarYear(2027, TestActor.Named("bureau"), now);
        var weekday = Assert.Throws<DomainException>(() => year.AddDay(Guid.NewGuid(), new DateOnly(2027, 1, 5), CalendarDayKind.MakeUpWorkingDay, "元旦调休上班", TestActor.Named("bureau"), now));
        Assert.Equal("Date", weekday.Field);
        Assert.Equal("Date", Assert.Throws<DomainException>(() => year.AddDay(Guid.NewGuid(), new DateOnly(2026, 12, 31), CalendarDayKind.Holiday, "元旦", TestActor.Named("bureau"), now)).Field);
        Assert.Equal("Name", Assert.Throws<DomainException>(() => year.AddDay(Guid.NewGuid(), new DateOnly(2027, 1, 1), CalendarDayKind.Holiday, " ", TestActor.Named("bureau"), now)).Field);

        var day = year.AddDay(Guid.NewGuid(), new DateOnly(2027, 1, 1), CalendarDayKind.Holiday, "元旦", TestActor.Named("bureau"), now);
        Assert.Equal("Date", Assert.Throws<DomainException>(() => year.AddDay(Guid.NewGuid(), new DateOnly(2027, 1, 1), CalendarDayKind.Holiday, "元旦", TestActor.Named("bureau"), now)).Field);
        Assert.False(WorkingCalendar.From([year]).IsWorkingDay(new DateOnly(2027, 1, 1)));

        // Removed, it no longer counts, but stays in the history with who removed it.
        year.RemoveDay(day.Id, TestActor.Named("bureau2"), now.AddHours(1));
        Assert.True(WorkingCalendar.From([year]).IsWorkingDay(new DateOnly(2027, 1, 1)));
        Assert.Equal(("bureau2", false), (day.Removed?.By, day.IsInForce));
        Assert.Single(year.Days);
        year.AddDay(Guid.NewGuid(), new DateOnly(2027, 1, 1), CalendarDayKind.Holiday, "元旦", TestActor.Named("bureau"), now);
        Assert.Equal(2, year.Days.Count);
    }

    [Fact]
    public void Clock_a_year_is_announced_only_with_its_source()
    {
        var now = Beijing(2026, 11, 28, 9, 0);
        var year = new CalendarYear(2027, TestActor.Named("system"), now);
        Assert.False(year.Announced);
        Assert.Equal("Source", Assert.Throws<DomainException>(() => year.SetAnnounced(true, " ", TestActor.Named("bureau"), now)).Field);
        year.SetAnnounced(true, "国务院办公厅关于2027年部分节假日安排的通知", TestActor.Named("bureau"), now);
        Assert.True(year.Announced);
        Assert.Equal("bureau", year.Recorded.By);
    }
}
