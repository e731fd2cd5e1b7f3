namespace CommunityStation.Web.Pages.Desk.Cases;

/// <summary>One case: its timeline, and for its station's staff the next steps (Work, Refer and Reassign pages).</summary>
public sealed class DetailsModel(AppDbContext db, UserAccess access, PortalClock clock) : PageModel
{
    public CaseView Item { get; private set; } = null!;

    public IReadOnlyList<CaseStep> Timeline { get; private set; } = [];

    public IReadOnlyList<CaseOwner> Colleagues { get; private set; } = [];

    public bool CanAct { get; private set; }

    public bool IsOverdue => Item.IsOverdueOn(clock.Today);

    public async Task OnGetAsync(Guid id)
    {
        Item = await CaseData.ViewAsync(access, db, id);
        CanAct = await access.OwnStationAsync() is not null && access.Can(Capability.WorkCases);
        Timeline = await db.CaseSteps.Where(s => s.CaseId == id).OrderBy(s => s.Sequence).AsNoTracking().ToListAsync();
        if (CanAct && Item.Status != CaseStatus.Completed)
        {
            Colleagues = await CaseData.ColleaguesAsync(db, Item.CommunityId);
        }
    }
}
