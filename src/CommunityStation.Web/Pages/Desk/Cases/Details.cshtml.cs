using CommunityStation.Domain.ServiceDesk;
using CommunityStation.Infrastructure.Persistence;
using CommunityStation.Web.Infrastructure;
using CommunityStation.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommunityStation.Web.Pages.Desk.Cases;

/// <summary>One case: its timeline, and for its station's staff the next steps (Work, Refer and Reassign pages).</summary>
public sealed class DetailsModel : PageModel
{
    private readonly AppDbContext _db;
    private readonly UserAccess _access;
    private readonly PortalClock _clock;

    public DetailsModel(AppDbContext db, UserAccess access, PortalClock clock)
    {
        _db = db;
        _access = access;
        _clock = clock;
    }

    public CaseView Item { get; private set; } = null!;

    public IReadOnlyList<CaseStep> Timeline { get; private set; } = [];

    public IReadOnlyList<CaseOwner> Colleagues { get; private set; } = [];

    public bool CanAct { get; private set; }

    public bool IsOverdue => Item.IsOverdueOn(_clock.Today);

    public async Task OnGetAsync(Guid id)
    {
        Item = await CaseData.ViewAsync(_access, _db, id);
        CanAct = await _access.OwnStationAsync() is not null && _access.Can(Capability.WorkCases);
        Timeline = await _db.CaseSteps.Where(s => s.CaseId == id).OrderBy(s => s.Sequence).AsNoTracking().ToListAsync();
        if (CanAct && Item.Status != CaseStatus.Completed)
        {
            Colleagues = await CaseData.ColleaguesAsync(_db, Item.CommunityId);
        }
    }
}
