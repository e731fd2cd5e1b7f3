using CommunityStation.Infrastructure.Operations;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CommunityStation.Web.Infrastructure.Reminders;

/// <summary>
/// The reminders' last run in <c>/health/ready</c>'s details. Degraded (still HTTP 200: the portal serves) when the
/// last run failed or none started for three intervals; the database check alone decides readiness.
/// </summary>
public sealed class ReminderHealthCheck(AppDbContext db, TimeProvider clock, IOptions<ReminderOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var last = await db.JobRuns.AsNoTracking().Where(r => r.Job == ReminderJob.Name).OrderByDescending(r => r.StartedAt).FirstOrDefaultAsync(cancellationToken);
        var data = new Dictionary<string, object>
        {
            ["enabled"] = options.Value.Enabled,
            ["intervalMinutes"] = (int)options.Value.Interval.TotalMinutes,
        };
        if (last is null)
        {
            return HealthCheckResult.Healthy("no run yet", data);
        }

        data["lastStartedAt"] = last.StartedAt.ToString("O", CultureInfo.InvariantCulture);
        data["lastFinishedAt"] = last.FinishedAt?.ToString("O", CultureInfo.InvariantCulture) ?? string.Empty;
        data["lastOutcome"] = last.Outcome.ToString();
        data["lastCreated"] = last.Created;
        data["lastInstance"] = last.Instance;
        var stalled = last.StartedAt < clock.GetUtcNow() - (3 * options.Value.Interval);
        return last.Outcome == JobOutcome.Failed ? HealthCheckResult.Degraded("the last run failed", data: data)
            : stalled ? HealthCheckResult.Degraded("no run for three intervals", data: data)
            : HealthCheckResult.Healthy("last run " + last.Outcome, data);
    }
}
