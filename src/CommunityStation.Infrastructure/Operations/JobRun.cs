namespace CommunityStation.Infrastructure.Operations;

/// <summary>How a background run ended.</summary>
public enum JobOutcome { Running = 0, Succeeded = 1, Failed = 2 }

/// <summary>
/// One run of a background job (the reminders), city-level, shared by every instance: the admin page and
/// <c>/health/ready</c> show the last one, and an instance that takes the job's lock skips the run when
/// another instance already ran it within the interval.
/// </summary>
public sealed class JobRun
{
    public const int MaxMessageLength = 2000;

    private JobRun()
    {
    }

    public JobRun(Guid id, string job, string instance, DateTimeOffset startedAt)
    {
        Id = id;
        Job = job;
        Instance = instance.Length > 100 ? instance[..100] : instance;
        StartedAt = startedAt;
        Outcome = JobOutcome.Running;
    }

    public Guid Id { get; private set; }

    public string Job { get; private set; } = string.Empty;

    /// <summary>The machine and process that ran it.</summary>
    public string Instance { get; private set; } = string.Empty;

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public JobOutcome Outcome { get; private set; }

    /// <summary>How many notifications the run created.</summary>
    public int Created { get; private set; }

    /// <summary>What the run saw (per kind), or the error that ended it.</summary>
    public string? Message { get; private set; }

    public void Succeed(DateTimeOffset at, int created, string message) => Finish(at, JobOutcome.Succeeded, created, message);

    public void Fail(DateTimeOffset at, int created, string message) => Finish(at, JobOutcome.Failed, created, message);

    private void Finish(DateTimeOffset at, JobOutcome outcome, int created, string message)
    {
        FinishedAt = at;
        Outcome = outcome;
        Created = created;
        Message = message.Length > MaxMessageLength ? message[..MaxMessageLength] : message;
    }
}
