using CommunityStation.Infrastructure.Operations;
using CommunityStation.Web.Infrastructure.Reminders;
using Microsoft.Extensions.Options;

namespace CommunityStation.Web.Pages.Admin.Jobs;

/// <summary>
/// The background jobs for the administrator (issue 12): the reminders' last run and outcome, whichever instance
/// ran it, and every run before it (newest first, paged). The same last run is in <c>/health/ready</c>.
/// </summary>
public sealed class IndexModel(AppDbContext db, IOptions<ReminderOptions> options) : ListPageModel<IndexModel.Row>
{
    public Row? Last { get; private set; }

    public ReminderOptions Options => options.Value;

    public async Task OnGetAsync()
    {
        Rows = await db.JobRuns.Where(r => r.Job == ReminderJob.Name).ToKeysetPageAsync(
            Request,
            k => k.By(r => r.StartedAt, descending: true).Then(r => r.Id, descending: true),
            r => new Row(r.Id, r.Instance, r.StartedAt, r.FinishedAt, r.Outcome, r.Created, r.Message));
        Last = await db.JobRuns.Where(r => r.Job == ReminderJob.Name).OrderByDescending(r => r.StartedAt)
            .Select(r => new Row(r.Id, r.Instance, r.StartedAt, r.FinishedAt, r.Outcome, r.Created, r.Message))
            .FirstOrDefaultAsync();
    }

    public static string OutcomeText(JobOutcome outcome) => outcome switch
    {
        JobOutcome.Succeeded => "成功",
        JobOutcome.Failed => "失败",
        _ => "运行中",
    };

    public sealed record Row(Guid Id, string Instance, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, JobOutcome Outcome, int Created, string? Message);
}
