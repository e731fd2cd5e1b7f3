using CommunityStation.Domain.Staffing;

namespace CommunityStation.Web.Pages.Staff.Campaigns;

/// <summary>
/// B4: the town cancels a campaign with a reason; its unfilled vacancies stop being reserved posts from
/// today (the rule is <see cref="RecruitmentCampaign.Cancel"/>; the change is audited with its before/after).
/// </summary>
public sealed class CancelModel(AppDbContext db, PortalClock clock, UserAccess access, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public RecruitmentCampaign Campaign { get; private set; } = null!;

    /// <summary>Per station: vacancies, hired, and what stays unfilled (no longer reserved once cancelled).</summary>
    public IReadOnlyList<(string Name, int Vacancies, int Hired)> Stations { get; private set; } = [];

    [BindProperty]
    public CancelInput Input { get; set; } = new();

    public async Task OnGetAsync(Guid id)
    {
        await LoadAsync(id);
        Input = new CancelInput { Version = Campaign.Version };
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        await LoadAsync(id);
        db.ExpectVersion(Campaign, Input.Version);
        Campaign.Cancel(access.Actor, Input.Reason, clock.Today);
        await db.SaveChangesAsync();
        TempData["Saved"] = localizer["已撤销招聘：{0}。", Campaign.Title].Value;
        return RedirectToPage("Details", new { id });
    }

    private async Task LoadAsync(Guid id)
    {
        Campaign = await db.RecruitmentCampaigns.FirstOrDefaultAsync(c => c.Id == id).OrNotFound("RecruitmentCampaign", id);
        var stationIds = Campaign.VacancyCounts.Keys.ToList();
        var names = await db.Stations.Where(s => stationIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name);
        var hired = await db.CampaignApplicants.Where(a => a.CampaignId == id && a.HiredAtStation != null).Select(a => a.HiredAtStation!.Value).ToListAsync();
        Stations = Campaign.VacancyCounts.Select(v => (names.GetValueOrDefault(v.Key, "?"), v.Value, hired.Count(h => h == v.Key))).ToList();
    }

    public sealed class CancelInput
    {
        [MultiLine]
        public string? Reason { get; set; }

        public uint Version { get; set; }
    }
}
