using System.Text.Json;
using CommunityStation.Web.Tests.Pages.Desk;

namespace CommunityStation.Web.Tests.Pages.Settings;

/// <summary>
/// The portal on a fake clock: the working calendar the bureau keeps, promised dates and the overdue
/// rule counted on it, and "today" taken in China. Each test sets the clock it needs.
/// </summary>
public sealed class ClockCalendarTests : IClassFixture<ClockedPortalFactory>
{
    private readonly ClockedPortalFactory _portal;

    public ClockCalendarTests(ClockedPortalFactory portal)
    {
        _portal = portal;
    }

    [Fact]
    public async Task Clock_the_seeded_calendar_is_the_2026_notice_and_2027_is_marked_not_announced()
    {
        _portal.SetBeijing(2026, 11, 28, 10, 0);
        var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(
            CommunityStation.Web.Infrastructure.DatabaseStartup.FindRepositoryRoot(AppContext.BaseDirectory), "tests", "CommunityStation.Web.Tests", "Pages", "Settings", "china-working-calendar-2026.json")));
        var holidays = json.RootElement.GetProperty("holidays").EnumerateArray()
            .SelectMany(h => h.GetProperty("dates").EnumerateArray().Select(d => DateOnly.Parse(d.GetString()!, System.Globalization.CultureInfo.InvariantCulture))).Order().ToList();
        var makeUp = json.RootElement.GetProperty("extra_working_days").EnumerateArray().Select(d => DateOnly.Parse(d.GetString()!, System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();

        await using var db = _portal.CreateDbContext(null);
        var days2026 = await db.CalendarDays.Where(d => d.Year == 2026 && d.Removed == null).ToListAsync();
        Assert.Equal(holidays, days2026.Where(d => d.Kind == CalendarDayKind.Holiday).Select(d => d.Date).Order().ToList());
        Assert.Equal(makeUp, days2026.Where(d => d.Kind == CalendarDayKind.MakeUpWorkingDay).Select(d => d.Date).Order().ToList());
        var years = await db.CalendarYears.OrderBy(y => y.Year).ToListAsync();
        Assert.Contains(years, y => y.Year == 2026 && y.Announced && y.Source!.Contains("2026", StringComparison.Ordinal));
        Assert.Contains(years, y => y.Year == 2027 && !y.Announced);

        using var bureau = await PortalClient.SignedInAsync(_portal, "demo-bureau");
        var page = await bureau.GetDocumentAsync("/Settings/Calendar");
        Assert.Equal("2026", page.QuerySelector("#calendar-year")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector(".not-announced[data-year='2027']"));
        Assert.Null(page.QuerySelector(".not-announced[data-year='2026']"));
        Assert.Equal(holidays.Count + makeUp.Count, page.QuerySelectorAll("#calendar-days tbody tr").Length);
        Assert.NotNull(page.QuerySelector("nav a[href='/Settings/Calendar']"));

        var next = await bureau.GetDocumentAsync("/Settings/Calendar?year=2027");
        Assert.NotNull(next.QuerySelector("#calendar-not-announced"));
        Assert.NotNull(next.QuerySelector("#no-calendar-days"));
    }

    [Fact]
    public async Task Clock_the_bureau_adds_and_removes_a_holiday_and_both_are_kept_and_audited()
    {
        _portal.SetBeijing(2026, 11, 28, 10, 0);
        using var bureau = await PortalClient.SignedInAsync(_portal, "demo-bureau");
        var added = await bureau.SubmitFormAsync("/Settings/Calendar?year=2027", new Dictionary<string, string>
        {
            ["Input.Date"] = "2027-01-01",
            ["Input.Kind"] = nameof(CalendarDayKind.Holiday),
            ["Input.Name"] = "元旦",
        }, "form#calendar-add-form");
        Assert.True(added.StatusCode == HttpStatusCode.Redirect, (await PortalClient.ParseAsync(added)).QuerySelector("#calendar-add-form")?.TextContent);
        var page = await bureau.GetDocumentAsync("/Settings/Calendar?year=2027");
        Assert.NotNull(page.QuerySelector("#calendar-days tr[data-date='2027-01-01'][data-kind='Holiday']"));

        // A make-up working day on a weekday is refused next to the date, and the input is kept.
        var weekday = await bureau.SubmitFormAsync("/Settings/Calendar?year=2027", new Dictionary<string, string>
        {
            ["Input.Date"] = "2027-01-05",
            ["Input.Kind"] = nameof(CalendarDayKind.MakeUpWorkingDay),
            ["Input.Name"] = "元旦调休上班",
        }, "form#calendar-add-form");
        Assert.Equal(HttpStatusCode.OK, weekday.StatusCode);
        var refused = await PortalClient.ParseAsync(weekday);
        Assert.False(string.IsNullOrWhiteSpace(refused.QuerySelector("[data-valmsg-for='Input.Date']")!.TextContent));
        Assert.Equal("元旦调休上班", refused.QuerySelector("#Input_Name")!.GetAttribute("value"));

        var removed = await bureau.SubmitLoadedFormAsync(page, "#calendar-days tr[data-date='2027-01-01'] form.remove-day", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var after = await bureau.GetDocumentAsync("/Settings/Calendar?year=2027");
        Assert.Null(after.QuerySelector("#calendar-days tr[data-date='2027-01-01']"));
        Assert.NotNull(after.QuerySelector("#calendar-history tr[data-date='2027-01-01'][data-removed='True']"));

        await using var db = _portal.CreateDbContext(null);
        var entry = await db.CalendarDays.SingleAsync(d => d.Date == new DateOnly(2027, 1, 1));
        var official = await db.Users.Where(u => u.UserName == "demo-bureau").Select(u => new { u.Id, u.DisplayName }).SingleAsync();
        Assert.Equal((official.DisplayName, official.DisplayName), (entry.Recorded.By, entry.Removed?.By));
        Assert.Equal(((Guid?)official.Id, (Guid?)official.Id), (entry.Recorded.ById, entry.Removed?.ById));
        var key = entry.Id.ToString();
        var audited = await db.AuditEntries.Where(a => a.Entity == nameof(CalendarDay) && a.EntityKey!.Contains(key)).Select(a => new { a.Kind, a.UserName }).ToListAsync();
        Assert.Contains(audited, a => a.Kind == "Created" && a.UserName == "demo-bureau");
        Assert.Contains(audited, a => a.Kind == "Updated" && a.UserName == "demo-bureau");
    }

    [Fact]
    public async Task Clock_the_calendar_is_kept_by_the_bureau_only()
    {
        _portal.SetBeijing(2026, 11, 28, 10, 0);
        using var town = await PortalClient.SignedInAsync(_portal, "demo-town");
        foreach (var url in new[] { "/Settings/Calendar", "/Settings/Calendar/Year?year=2027" })
        {
            var response = await town.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden || response.Headers.Location?.ToString().Contains("/Account/AccessDenied", StringComparison.Ordinal) == true,
                $"{url}: {(int)response.StatusCode} {response.Headers.Location}");
        }
    }

    [Fact]
    public async Task M_promised_date_on_the_receipt_skips_the_national_day_holiday_and_overdue_starts_the_day_after()
    {
        // Wednesday 30 September, 10:00: 10 working days are 8, 9, 10 (a make-up Saturday), 12–16, 19 and 20 October.
        _portal.SetBeijing(2026, 9, 30, 10, 0);
        using var desk = await PortalClient.SignedInAsync(_portal, "demo-desk");
        var (details, receipt) = await DeskSteps.IntakeAsync(desk, "国庆前来访的居民", null);
        Assert.Equal("2026-10-20", receipt.QuerySelector("#promised-by")!.TextContent.Trim());
        var number = receipt.QuerySelector("#case-number")!.TextContent.Trim();

        // 23:59 on the promised day: not overdue yet, in the queue, the case page and the dashboard alike.
        // (Three weeks on, the first sign-in's cookie has expired: sign in again.)
        _portal.SetBeijing(2026, 10, 20, 23, 59);
        using var deskLater = await PortalClient.SignedInAsync(_portal, "demo-desk");
        Assert.Null((await deskLater.GetDocumentAsync("/Desk/Cases?queue=overdue")).QuerySelector($"tr[data-number='{number}']"));
        Assert.Null((await deskLater.GetDocumentAsync(details)).QuerySelector("#overdue"));
        var before = int.Parse((await deskLater.GetDocumentAsync("/Desk")).QuerySelector("#overdue-cases")!.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture);

        // 00:01 the next day in Beijing (still 20 October in UTC): overdue everywhere.
        _portal.SetBeijing(2026, 10, 21, 0, 1);
        Assert.Equal(20, _portal.Clock.GetUtcNow().UtcDateTime.Day);
        Assert.NotNull((await deskLater.GetDocumentAsync("/Desk/Cases?queue=overdue")).QuerySelector($"tr[data-number='{number}']"));
        Assert.NotNull((await deskLater.GetDocumentAsync(details)).QuerySelector("#overdue"));
        var after = int.Parse((await deskLater.GetDocumentAsync("/Desk")).QuerySelector("#overdue-cases")!.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(before + 1, after);

        using var town = await PortalClient.SignedInAsync(_portal, "demo-town");
        var byStation = (await town.GetDocumentAsync("/Desk")).QuerySelector("#overdue-cases")!.TextContent.Trim();
        Assert.Equal(after.ToString(System.Globalization.CultureInfo.InvariantCulture), byStation);
    }

    [Fact]
    public async Task Clock_people_list_ages_and_current_sides_use_the_china_date_at_23_59_and_00_01()
    {
        // Born 21 October 1990; a workforce side that starts on 21 October 2026.
        var first17 = "32028219901021003";
        var name = "时钟测试人";
        await using (var db = _portal.CreateDbContext(Demo.Yicheng))
        {
            var person = new Person(Demo.Yicheng, Guid.CreateVersion7(), name, first17 + ChineseIdNumber.ComputeCheckCharacter(first17), null, Education.Bachelor, ComputerSkill.Level2, false, false);
            db.People.Add(person);
            db.WorkforceAssignments.Add(new WorkforceAssignment(Demo.Yicheng, Guid.CreateVersion7(), person.Id, Demo.Chengzhong, WorkforceSide.Assistant, new DateOnly(2026, 10, 21), null));
            await db.SaveChangesAsync();
        }

        using var town = await PortalClient.SignedInAsync(_portal, "demo-town");
        var url = "/Staff/People?search=" + Uri.EscapeDataString(name);

        _portal.SetBeijing(2026, 10, 20, 23, 59);
        var row = (await town.GetDocumentAsync(url)).QuerySelector($"tr[data-person='{name}']")!;
        Assert.Equal("35", row.Children[1].TextContent.Trim());
        Assert.Equal(string.Empty, row.QuerySelector("td.sides")!.TextContent.Trim());

        // 00:01 in Beijing is still 20 October in UTC: the birthday and the side count from the China date.
        _portal.SetBeijing(2026, 10, 21, 0, 1);
        row = (await town.GetDocumentAsync(url)).QuerySelector($"tr[data-person='{name}']")!;
        Assert.Equal("36", row.Children[1].TextContent.Trim());
        Assert.NotEqual(string.Empty, row.QuerySelector("td.sides")!.TextContent.Trim());
    }
}
