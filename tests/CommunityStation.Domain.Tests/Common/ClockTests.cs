using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;

namespace CommunityStation.Domain.Tests.Common;

public sealed partial class ClockTests
{
    // 15:59 UTC is 23:59 in Beijing; two minutes later it is the next day there, still the same day in UTC.
    [Theory]
    [InlineData("2026-06-15", "2026-06-16")]
    [InlineData("2026-12-31", "2027-01-01")] // the year's end
    [InlineData("2028-02-29", "2028-03-01")] // 29 February
    public void Clock_today_in_china_at_23_59_and_00_01(string day, string nextDay)
    {
        var today = DateOnly.ParseExact(day, "yyyy-MM-dd");
        var clock = new FakeTimeProvider(new DateTimeOffset(today.ToDateTime(new TimeOnly(15, 59)), TimeSpan.Zero));
        Assert.Equal(today, ChinaDate.Today(clock));
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(DateOnly.ParseExact(nextDay, "yyyy-MM-dd"), ChinaDate.Today(clock));
        Assert.Equal(today, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
    }

    [Fact]
    public void Clock_the_beijing_day_starts_at_16_00_utc_the_evening_before() =>
        Assert.Equal(new DateTimeOffset(2026, 6, 15, 16, 0, 0, TimeSpan.Zero), ChinaDate.StartOfDayUtc(new DateOnly(2026, 6, 16)));

    /// <summary>The one China-date helper is the only place that may know how time is read.</summary>
    private const string Helper = "src/CommunityStation.Domain/Common/ChinaDate.cs";

    [GeneratedRegex(@"\bDateTime\s*\.\s*(Now|Today|UtcNow)\b|\bDateTimeOffset\s*\.\s*(Now|UtcNow)\b|UtcNow\s*\.\s*AddHours\s*\(\s*8\s*\)|\.AddHours\s*\(\s*8\s*\)")]
    private static partial Regex WallClock();

    [Fact]
    public void Clock_no_code_in_src_reads_the_wall_clock_outside_the_china_date_helper()
    {
        var root = Repository.Root();
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "src"), "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal)))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (relative == Helper || relative.Contains("/bin/", StringComparison.Ordinal) || relative.Contains("/obj/", StringComparison.Ordinal))
            {
                continue;
            }

            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (WallClock().IsMatch(lines[i]))
                {
                    offenders.Add($"{relative}:{i + 1}: {lines[i].Trim()}");
                }
            }
        }

        Assert.True(offenders.Count == 0, "Read time through the injected TimeProvider (PortalClock / ChinaDate), not the wall clock:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void Clock_the_wall_clock_check_sees_each_pattern()
    {
        foreach (var line in new[] { "var a = DateTime.Now;", "DateTime.Today", "x = DateTime.UtcNow;", "DateTimeOffset.UtcNow", "DateTimeOffset.Now.Date", "now.UtcNow.AddHours(8)", "t.AddHours(8)" })
        {
            Assert.Matches(WallClock(), line);
        }

        Assert.DoesNotMatch(WallClock(), "clock.GetUtcNow()");
        Assert.DoesNotMatch(WallClock(), "_clock.UtcNow");
    }
}
