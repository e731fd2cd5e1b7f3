using CommunityStation.Infrastructure.Operations;

namespace CommunityStation.Web.Tests.Operations;

/// <summary>The portal with its reminders service on, as deployed: nobody opens a page, and the reminders arrive.</summary>
public sealed class RemindingPortalFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Reminders:Enabled", "true");
    }
}

public sealed class ReminderServiceTests(RemindingPortalFactory portal) : IClassFixture<RemindingPortalFactory>
{
    [Fact]
    public async Task The_background_service_runs_the_reminders_after_start_without_any_request()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        JobRun? run = null;
        while (run is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
            await using var db = portal.CreateDbContext(null);
            run = await db.JobRuns.AsNoTracking().Where(r => r.Outcome != JobOutcome.Running).FirstOrDefaultAsync();
        }

        Assert.NotNull(run);
        Assert.Equal(JobOutcome.Succeeded, run.Outcome);
        Assert.Equal(CommunityStation.Web.Infrastructure.Reminders.ReminderJob.Name, run.Job);
        await using var check = portal.CreateDbContext(null);
        var town = await check.Users.Where(u => u.UserName == "demo-town").Select(u => u.Id).SingleAsync();
        Assert.True(await check.Notifications.AnyAsync(n => n.RecipientId == town && n.ReminderSubject != null), "demo-town has no reminder");
        Assert.True(await check.AuditEntries.AnyAsync(a => a.Entity == nameof(Notification) && a.UserName == CommunityStation.Web.Infrastructure.Reminders.ReminderJob.Actor), "the reminders were not audited as the job");
    }
}
