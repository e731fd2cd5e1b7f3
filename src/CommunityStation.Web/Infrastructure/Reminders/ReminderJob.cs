using CommunityStation.Domain.Inbox;
using CommunityStation.Domain.Settings;
using CommunityStation.Infrastructure.Operations;
using CommunityStation.Infrastructure.Tenancy;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CommunityStation.Web.Infrastructure.Reminders;

/// <summary>
/// The reminders job (issue 12). <see cref="RunIfDueAsync"/> runs it at most once per interval across every
/// instance: a PostgreSQL advisory lock lets one instance in at a time, and the last run in <c>job_runs</c>
/// tells it whether another already ran. <see cref="RunOnceAsync"/> is one run: per tenant, inside that tenant's
/// unit of work (tenant filter and row-level security, as for any user), it finds what is due and adds the
/// reminders; the unique key (recipient, subject, day) keeps it idempotent. Tests call it on a fake clock.
/// </summary>
public sealed class ReminderJob(IServiceScopeFactory scopes, NpgsqlDataSource dataSource, TimeProvider clock, IOptions<ReminderOptions> options, ILogger<ReminderJob> logger)
{
    public const string Name = "reminders";

    /// <summary>Who the audit trail names for what the job writes.</summary>
    public const string Actor = "system:reminders";

    private const long LockKey = 0x4353_5245_4d49_4e44; // "CSREMIND"

    /// <summary>Runs unless another instance holds the lock or a run started within the interval; null when skipped.</summary>
    public async Task<JobRun?> RunIfDueAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        if (!await LockAsync(connection, "pg_try_advisory_lock", ct))
        {
            return null;
        }

        try
        {
            if (await RanWithinIntervalAsync(ct))
            {
                return null;
            }

            return await RunOnceAsync(ct);
        }
        finally
        {
            await LockAsync(connection, "pg_advisory_unlock", CancellationToken.None);
        }
    }

    /// <summary>Whether any instance started a run less than an interval from now (either way: a clock stepped back must not make every poll run).</summary>
    private async Task<bool> RanWithinIntervalAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow();
        var interval = options.Value.Interval;
        return await db.JobRuns.AnyAsync(r => r.Job == Name && r.StartedAt > now - interval && r.StartedAt < now + interval, ct);
    }

    /// <summary>One run over every tenant. A tenant that fails is rolled back alone; the run then ends as failed, saying which.</summary>
    public async Task<JobRun> RunOnceAsync(CancellationToken ct)
    {
        await using var runScope = scopes.CreateAsyncScope();
        var runDb = Enter(runScope);
        await AbandonUnfinishedAsync(runDb, ct);
        var run = new JobRun(Guid.CreateVersion7(), Name, $"{Environment.MachineName}:{Environment.ProcessId}", clock.GetUtcNow());
        runDb.JobRuns.Add(run);
        await runDb.SaveChangesAsync(ct);

        var created = 0;
        var kinds = new Dictionary<ReminderKind, int>();
        var failures = new List<string>();
        try
        {
            var day = await DayAsync(runDb, ct);
            foreach (var tenant in await runDb.Tenants.AsNoTracking().OrderBy(t => t.Code).Select(t => new { t.Id, t.Code }).ToListAsync(ct))
            {
                try
                {
                    created += await RunInTenantAsync(tenant.Id, day, kinds, ct);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Reminders failed in tenant {Tenant}", tenant.Code);
                    failures.Add($"{tenant.Code}: {e.GetType().Name}: {e.Message}");
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Reminders failed");
            failures.Add($"{e.GetType().Name}: {e.Message}");
        }

        var seen = string.Join(", ", kinds.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value}"));
        var message = failures.Count == 0 ? seen : string.Join("; ", failures.Prepend(seen));
        if (failures.Count == 0)
        {
            run.Succeed(clock.GetUtcNow(), created, message);
        }
        else
        {
            run.Fail(clock.GetUtcNow(), created, message);
        }

        await runDb.SaveChangesAsync(CancellationToken.None);
        logger.LogInformation("Reminders run {Outcome}: {Created} notification(s); {Message}", run.Outcome, created, message);
        return run;
    }

    private async Task<int> RunInTenantAsync(Guid tenantId, ReminderDay day, Dictionary<ReminderKind, int> kinds, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = Enter(scope);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.UseTenantAsync(tenantId, ct);
        var due = await ReminderFinder.FindAsync(db, tenantId, day, ct);
        foreach (var kind in due.GroupBy(d => d.Reminder.Kind))
        {
            kinds[kind.Key] = kinds.GetValueOrDefault(kind.Key) + kind.Count();
        }

        var added = await scope.ServiceProvider.GetRequiredService<Notifier>().RemindAsync(due, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return added;
    }

    /// <summary>The city-level facts every tenant's run uses: today (Beijing), the settings, the calendar, the users.</summary>
    private async Task<ReminderDay> DayAsync(AppDbContext db, CancellationToken ct) => new(
        ChinaDate.Today(clock),
        new PolicySettingHistory(await db.PolicySettings.AsNoTracking().ToListAsync(ct)),
        await db.WorkingCalendarAsync(ct),
        await Recipients.LoadAsync(db, ct));

    /// <summary>A run still marked running while this instance holds the lock was cut short (its process ended).</summary>
    private async Task AbandonUnfinishedAsync(AppDbContext db, CancellationToken ct)
    {
        foreach (var stale in await db.JobRuns.Where(r => r.Job == Name && r.Outcome == JobOutcome.Running).ToListAsync(ct))
        {
            stale.Fail(clock.GetUtcNow(), stale.Created, "abandoned: the instance running it stopped");
        }
    }

    private static AppDbContext Enter(AsyncServiceScope scope)
    {
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetUser(null, Actor, null);
        return scope.ServiceProvider.GetRequiredService<AppDbContext>();
    }

    private static async Task<bool> LockAsync(NpgsqlConnection connection, string function, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"SELECT {function}(@key)", connection);
        command.Parameters.AddWithValue("key", LockKey);
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }
}
