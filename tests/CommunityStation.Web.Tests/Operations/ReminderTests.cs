using CommunityStation.Infrastructure.Operations;
using CommunityStation.Web.Infrastructure.Reminders;
using CommunityStation.Web.Tests.Pages.Desk;

namespace CommunityStation.Web.Tests.Operations;

/// <summary>
/// Issue 12: reminders reach each user's inbox from the job alone, one per thing per day, inside each tenant's own
/// unit of work. Each test sets the fake clock it needs and calls one run, as the background service would.
/// </summary>
public sealed class ReminderTests(ClockedPortalFactory portal) : IClassFixture<ClockedPortalFactory>
{
    private ReminderJob Job => portal.Services.GetRequiredService<ReminderJob>();

    [Fact]
    public async Task H2_a_contract_ending_within_the_window_reaches_the_towns_inbox_and_a_second_run_that_day_adds_nothing()
    {
        portal.SetBeijing(2026, 10, 12, 9, 0);
        var first = await Job.RunOnceAsync(CancellationToken.None);
        Assert.Equal(JobOutcome.Succeeded, first.Outcome);
        Assert.Contains("ContractExpiring", first.Message, StringComparison.Ordinal);

        var town = await RemindersOfAsync("demo-town");
        var contracts = town.Where(n => n.ReminderSubject!.StartsWith("ContractExpiring:", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(contracts);
        Assert.All(contracts, c =>
        {
            Assert.StartsWith("合同即将到期：", c.Title, StringComparison.Ordinal);
            Assert.StartsWith("/Staff/People/Details/", c.Link, StringComparison.Ordinal);
        });

        var second = await Job.RunOnceAsync(CancellationToken.None);
        Assert.Equal(JobOutcome.Succeeded, second.Outcome);
        Assert.Equal(town.Count, (await RemindersOfAsync("demo-town")).Count);

        using var client = await PortalClient.SignedInAsync(portal, "demo-town");
        var inbox = await client.GetDocumentAsync("/Inbox");
        Assert.Contains("合同即将到期：", inbox.QuerySelector("#notifications")!.TextContent, StringComparison.Ordinal);
        await client.UseCultureAsync("en");
        inbox = await client.GetDocumentAsync("/Inbox");
        Assert.Contains("Contract ending soon", inbox.QuerySelector("#notifications")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unread_reminder_is_not_repeated_the_next_day_and_a_read_one_is()
    {
        portal.SetBeijing(2026, 10, 13, 9, 0);
        await Job.RunOnceAsync(CancellationToken.None);
        var before = (await RemindersOfAsync("demo-town")).Count(n => n.ReminderSubject!.StartsWith("ContractExpiring:", StringComparison.Ordinal));

        portal.SetBeijing(2026, 10, 14, 9, 0);
        await Job.RunOnceAsync(CancellationToken.None);
        Assert.Equal(before, (await RemindersOfAsync("demo-town")).Count(n => n.ReminderSubject!.StartsWith("ContractExpiring:", StringComparison.Ordinal)));

        using (var client = await PortalClient.SignedInAsync(portal, "demo-town"))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitFormAsync("/Inbox", new Dictionary<string, string>(), "form[action*='ReadAll']")).StatusCode);
        }

        portal.SetBeijing(2026, 10, 15, 9, 0);
        await Job.RunOnceAsync(CancellationToken.None);
        var after = await RemindersOfAsync("demo-town");
        Assert.Contains(after, n => n.ReminderSubject!.StartsWith("ContractExpiring:", StringComparison.Ordinal) && n.ReminderDay == new DateOnly(2026, 10, 15) && n.ReadAt == null);
    }

    [Fact]
    public async Task The_database_refuses_a_second_reminder_for_the_same_thing_to_the_same_person_on_the_same_day()
    {
        var user = await UserIdAsync("demo-town2");
        var reminder = new Reminder(ReminderKind.RcTermEnding, Guid.NewGuid(), new DateOnly(2026, 10, 1), "居委会任期即将届满：测试", "/Communities");
        await using var db = portal.CreateDbContext(null);
        db.Notifications.Add(Notification.Remind(Guid.CreateVersion7(), user, reminder, DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();
        db.Notifications.Add(Notification.Remind(Guid.CreateVersion7(), user, reminder, DateTimeOffset.UtcNow));
        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.Equal(PostgresErrorCodes.UniqueViolation, Assert.IsType<PostgresException>(refused.InnerException).SqlState);
    }

    [Fact]
    public async Task Two_instances_polling_at_once_run_the_job_once_per_interval()
    {
        // Later than every other test's runs here but the admin page's (the last run is the newest).
        portal.SetBeijing(2030, 1, 7, 9, 0);
        var runs = await Task.WhenAll(Job.RunIfDueAsync(CancellationToken.None), Job.RunIfDueAsync(CancellationToken.None));
        Assert.Single(runs, r => r is not null);
        Assert.Null(await Job.RunIfDueAsync(CancellationToken.None));

        portal.Clock.Advance(TimeSpan.FromMinutes(61));
        Assert.NotNull(await Job.RunIfDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task P2_a_case_due_on_the_next_working_day_reminds_its_owner_and_an_overdue_one_also_the_station_head()
    {
        portal.SetBeijing(2026, 10, 9, 10, 0);
        string details;
        using (var desk = await PortalClient.SignedInAsync(portal, "demo-desk"))
        {
            (details, _) = await DeskSteps.IntakeAsync(desk, "钱阿姨", "13900002222");
        }

        var id = Guid.Parse(details.Split('/')[^1]);
        var promised = await InYichengAsync(db => db.ServiceCases.Where(c => c.Id == id).Select(c => c.PromisedBy).SingleAsync());
        await using (var db = portal.CreateDbContext(null))
        {
            var calendar = await db.WorkingCalendarAsync();
            var dayBefore = Enumerable.Range(1, 30).Select(d => promised.AddDays(-d)).First(calendar.IsWorkingDay);
            portal.SetBeijing(dayBefore.Year, dayBefore.Month, dayBefore.Day, 9, 0);
        }

        await Job.RunOnceAsync(CancellationToken.None);
        var subject = Reminder.SubjectOf(ReminderKind.CaseDueTomorrow, id);
        Assert.Contains(await RemindersOfAsync("demo-desk"), n => n.ReminderSubject == subject && n.Link == details);
        Assert.DoesNotContain(await RemindersOfAsync("demo-head"), n => n.ReminderSubject == subject);

        var after = promised.AddDays(1);
        portal.SetBeijing(after.Year, after.Month, after.Day, 9, 0);
        await Job.RunOnceAsync(CancellationToken.None);
        var overdue = Reminder.SubjectOf(ReminderKind.CaseOverdue, id);
        Assert.Contains(await RemindersOfAsync("demo-desk"), n => n.ReminderSubject == overdue);
        Assert.Contains(await RemindersOfAsync("demo-head"), n => n.ReminderSubject == overdue);
        Assert.DoesNotContain(await RemindersOfAsync("demo-town2"), n => n.ReminderSubject == overdue);
    }

    [Fact]
    public async Task R2_and_H6_an_application_and_unfiled_rosters_waiting_past_their_settings_remind_the_town_of_that_tenant_only()
    {
        portal.SetBeijing(2026, 11, 30, 9, 0);
        await Job.RunOnceAsync(CancellationToken.None);
        var town = await RemindersOfAsync("demo-town");
        Assert.Contains(town, n => n.ReminderSubject == Reminder.SubjectOf(ReminderKind.ApplicationWaitingAtTown, Demo.JiubinApplication));
        var rosters = town.Where(n => n.ReminderSubject!.StartsWith("RosterFilingOutOfDate:", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(rosters);
        Assert.All(rosters, n => Assert.StartsWith("/Staff/Stations/Roster/", n.Link, StringComparison.Ordinal));

        // Tenancy: 丁蜀镇's official hears of 丁蜀镇's rosters only, and never of 宜城街道's application.
        var yichengStations = await InYichengAsync(db => db.Stations.Select(s => s.Id).ToListAsync());
        var dingshu = await RemindersOfAsync("demo-town2");
        Assert.DoesNotContain(dingshu, n => n.ReminderSubject == Reminder.SubjectOf(ReminderKind.ApplicationWaitingAtTown, Demo.JiubinApplication));
        Assert.DoesNotContain(dingshu, n => yichengStations.Any(s => n.ReminderSubject == Reminder.SubjectOf(ReminderKind.RosterFilingOutOfDate, s)));
    }

    [Fact]
    public async Task The_rc_term_window_is_a_dated_setting_the_bureau_changes()
    {
        // The demo's RC terms end on 2028-12-31; 61 days before, the default window (90 days) reminds.
        portal.SetBeijing(2028, 10, 31, 9, 0);
        await using (var db = portal.CreateDbContext(null, "demo-bureau"))
        {
            db.PolicySettings.Add(new PolicySetting(Guid.CreateVersion7(), PolicySettingKeys.RcTermEndingReminderDays, 30m, new DateOnly(2028, 10, 1), DateTimeOffset.UtcNow, Actor.System(ActorRole.Bureau), "test"));
            await db.SaveChangesAsync();
        }

        await Job.RunOnceAsync(CancellationToken.None);
        Assert.DoesNotContain(await RemindersOfAsync("demo-town2"), n => n.ReminderSubject!.StartsWith("RcTermEnding:", StringComparison.Ordinal) && n.ReminderDay == new DateOnly(2028, 10, 31));

        portal.SetBeijing(2028, 12, 5, 9, 0);
        await Job.RunOnceAsync(CancellationToken.None);
        var shushan = Reminder.SubjectOf(ReminderKind.RcTermEnding, Demo.Shushan);
        Assert.Contains(await RemindersOfAsync("demo-town2"), n => n.ReminderSubject == shushan && n.Link == $"/Communities/Details/{Demo.Shushan}");
    }

    [Fact]
    public async Task The_admin_page_and_the_ready_check_show_the_last_run_and_its_outcome()
    {
        // The newest run of this class's tests, so it is the one the page calls the last.
        portal.SetBeijing(2031, 1, 6, 9, 0);
        var run = await Job.RunOnceAsync(CancellationToken.None);

        using var admin = await PortalClient.SignedInAsync(portal, "demo-admin");
        var home = await admin.GetDocumentAsync("/");
        Assert.NotNull(home.QuerySelector("nav a[href='/Admin/Jobs']"));
        var page = await admin.GetDocumentAsync("/Admin/Jobs");
        Assert.Equal(nameof(JobOutcome.Succeeded), page.QuerySelector("#last-outcome")!.GetAttribute("data-outcome"));
        Assert.Contains(CommunityStation.Web.Infrastructure.PortalClock.ShownToTheSecond(run.StartedAt), page.QuerySelector("#last-run")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll("#job-runs tbody tr"));

        using var anonymous = new PortalClient(portal);
        using var json = System.Text.Json.JsonDocument.Parse(await (await anonymous.GetAsync("/health/ready")).Content.ReadAsStringAsync());
        var reminders = json.RootElement.GetProperty("checks").GetProperty("reminders").GetProperty("data");
        Assert.Equal(nameof(JobOutcome.Succeeded), reminders.GetProperty("lastOutcome").GetString());
        Assert.Equal(run.StartedAt.ToString("O", CultureInfo.InvariantCulture), reminders.GetProperty("lastStartedAt").GetString());
    }

    private async Task<Guid> UserIdAsync(string userName)
    {
        await using var db = portal.CreateDbContext(null);
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    private async Task<List<Notification>> RemindersOfAsync(string userName)
    {
        var id = await UserIdAsync(userName);
        await using var db = portal.CreateDbContext(null);
        return await db.Notifications.AsNoTracking().Where(n => n.RecipientId == id && n.ReminderSubject != null).ToListAsync();
    }

    private async Task<T> InYichengAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var db = portal.CreateDbContext(Demo.Yicheng);
        await using var transaction = await db.Database.BeginTransactionAsync();
        return await query(db);
    }
}
