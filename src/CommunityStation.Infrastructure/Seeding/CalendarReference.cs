using CommunityStation.Domain.Calendar;
using CommunityStation.Domain.Common;
using CommunityStation.Domain.Registration;
using CommunityStation.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommunityStation.Infrastructure.Seeding;

/// <summary>
/// The working calendar's starting point, seeded in every environment: the years whose State Council
/// notice is known here (2026), and the current and next year (China time). A year without a known
/// notice is seeded "not announced" (plain weekends and weekdays), which the calendar page flags until
/// the bureau enters the notice. Years already in the database are left as the bureau keeps them.
/// </summary>
public static class CalendarReference
{
    /// <summary>The calendar the portal seeds itself is recorded as the system's.</summary>
    public static readonly Actor SeededBy = Actor.System();

    /// <summary>国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04): days off, and the weekend days that are worked.</summary>
    public const string Source2026 = "国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）";

    public static readonly IReadOnlyList<(string Name, DateOnly[] Dates)> Holidays2026 =
    [
        ("元旦", Days(2026, 1, 1, 3)),
        ("春节", Days(2026, 2, 15, 9)),
        ("清明节", Days(2026, 4, 4, 3)),
        ("劳动节", Days(2026, 5, 1, 5)),
        ("端午节", Days(2026, 6, 19, 3)),
        ("中秋节", Days(2026, 9, 25, 3)),
        ("国庆节", Days(2026, 10, 1, 7)),
    ];

    // The notice names each make-up day under the holiday it serves.
    public static readonly IReadOnlyList<(string Name, DateOnly Date)> MakeUpDays2026 =
    [
        ("元旦调休上班", new DateOnly(2026, 1, 4)),
        ("春节调休上班", new DateOnly(2026, 2, 14)),
        ("春节调休上班", new DateOnly(2026, 2, 28)),
        ("劳动节调休上班", new DateOnly(2026, 5, 9)),
        ("国庆节调休上班", new DateOnly(2026, 9, 20)),
        ("国庆节调休上班", new DateOnly(2026, 10, 10)),
    ];

    /// <summary>The years seeded on <paramref name="now"/>: the known ones, the current one and the next.</summary>
    public static IReadOnlyList<CalendarYear> YearsFor(DateTimeOffset now)
    {
        var year = ChinaDate.Of(now).Year;
        return new[] { 2026, year, year + 1 }.Distinct().Order().Select(y => Build(y, now)).ToList();
    }

    public static async Task SeedAsync(AppDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var known = await db.CalendarYears.Select(y => y.Year).ToListAsync(ct);
        var missing = YearsFor(now).Where(y => !known.Contains(y.Year)).ToList();
        if (missing.Count > 0)
        {
            db.CalendarYears.AddRange(missing);
            await db.SaveChangesAsync(ct);
        }
    }

    private static CalendarYear Build(int year, DateTimeOffset now)
    {
        var calendarYear = new CalendarYear(year, SeededBy, now);
        if (year == 2026)
        {
            foreach (var (name, dates) in Holidays2026)
            {
                foreach (var date in dates)
                {
                    calendarYear.AddDay(Guid.CreateVersion7(), date, CalendarDayKind.Holiday, name, SeededBy, now);
                }
            }

            foreach (var (name, date) in MakeUpDays2026)
            {
                calendarYear.AddDay(Guid.CreateVersion7(), date, CalendarDayKind.MakeUpWorkingDay, name, SeededBy, now);
            }

            calendarYear.SetAnnounced(true, Source2026, SeededBy, now);
        }

        return calendarYear;
    }

    private static DateOnly[] Days(int year, int month, int day, int count) =>
        Enumerable.Range(0, count).Select(i => new DateOnly(year, month, day).AddDays(i)).ToArray();
}
