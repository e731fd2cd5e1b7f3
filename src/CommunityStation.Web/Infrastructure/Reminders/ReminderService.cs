using Microsoft.Extensions.Options;

namespace CommunityStation.Web.Infrastructure.Reminders;

/// <summary>
/// Wakes every <see cref="ReminderOptions.Poll"/> on the portal's clock and runs the reminders when they are
/// due (<see cref="ReminderJob.RunIfDueAsync"/>), so reminders arrive without anyone opening a page.
/// </summary>
public sealed class ReminderService(ReminderJob job, IOptions<ReminderOptions> options, TimeProvider clock, ILogger<ReminderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            logger.LogInformation("Reminders are off on this instance (Reminders:Enabled is false)");
            return;
        }

        do
        {
            try
            {
                await job.RunIfDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be down; the next poll tries again.
                logger.LogWarning(e, "Could not run the reminders; trying again in {Poll}", options.Value.Poll);
            }
        }
        while (await WaitAsync(stoppingToken));
    }

    private async Task<bool> WaitAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(options.Value.Poll, clock, stoppingToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
