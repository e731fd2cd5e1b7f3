namespace CommunityStation.Domain.Tests.Calendar;

/// <summary>The 2026 calendar of the State Council's notice (国务院办公厅关于2026年部分节假日安排的通知), as the bureau enters it.</summary>
internal static class Calendar2026
{
    public static CalendarYear Year()
    {
        var year = new CalendarYear(2026, TestActor.Named("bureau"), new DateTimeOffset(2025, 11, 10, 0, 0, 0, TimeSpan.Zero));
        void Holiday(string name, int month, int day, int count)
        {
            for (var i = 0; i < count; i++)
            {
                year.AddDay(Guid.NewGuid(), new DateOnly(2026, month, day).AddDays(i), CalendarDayKind.Holiday, name, TestActor.Named("bureau"), year.Recorded.At);
            }
        }

        Holiday("元旦", 1, 1, 3);
        Holiday("春节", 2, 15, 9);
        Holiday("清明节", 4, 4, 3);
        Holiday("劳动节", 5, 1, 5);
        Holiday("端午节", 6, 19, 3);
        Holiday("中秋节", 9, 25, 3);
        Holiday("国庆节", 10, 1, 7);
        foreach (var (month, day) in new[] { (1, 4), (2, 14), (2, 28), (5, 9), (9, 20), (10, 10) })
        {
            year.AddDay(Guid.NewGuid(), new DateOnly(2026, month, day), CalendarDayKind.MakeUpWorkingDay, "调休上班", TestActor.Named("bureau"), year.Recorded.At);
        }

        year.SetAnnounced(true, "国务院办公厅关于2026年部分节假日安排的通知", TestActor.Named("bureau"), year.Recorded.At);
        return year;
    }

    public static WorkingCalendar Calendar() => WorkingCalendar.From([Year()]);
}
