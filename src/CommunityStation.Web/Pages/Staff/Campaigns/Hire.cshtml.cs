using CommunityStation.Domain.Staffing;

namespace CommunityStation.Web.Pages.Staff.Campaigns;

/// <summary>H4: hire the top-ranked candidates into the campaign's vacancies (the rule is <see cref="RecruitmentCampaign.Hire"/>).</summary>
public sealed class HireModel(AppDbContext db, PortalClock clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public RecruitmentCampaign Campaign { get; private set; } = null!;

    public IReadOnlyList<(string Name, int Vacancies, int Hired)> Stations { get; private set; } = [];

    /// <summary>Scored applicants not hired yet: who the vacancies go to, best first.</summary>
    public int Candidates { get; private set; }

    public Task OnGetAsync(Guid id) => LoadAsync(id);

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var applicants = await LoadAsync(id);
        var people = await db.People.Where(p => applicants.Select(a => a.PersonId).Contains(p.Id)).ToDictionaryAsync(p => p.Id);
        var stationIds = Campaign.VacancyCounts.Keys.ToList();
        var communities = await db.Stations.Where(s => stationIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.CommunityId);
        var rosters = new Dictionary<Guid, StationRoster>();
        foreach (var stationId in stationIds)
        {
            rosters[stationId] = await db.LoadRosterAsync(Campaign.TenantId, stationId);
        }

        var hired = Campaign.Hire(applicants, people, rosters, communities, clock.Today);
        db.Contracts.AddRange(hired.Select(h => h.Contract));
        db.WorkforceAssignments.AddRange(hired.Select(h => h.Side));
        await db.SaveRostersAsync([.. rosters.Values]);
        TempData["Saved"] = localizer["已录用 {0} 人。", hired.Count].Value;
        return RedirectToPage("Details", new { id });
    }

    /// <summary>The campaign and its applicants (tracked, so hiring marks them).</summary>
    private async Task<IReadOnlyList<CampaignApplicant>> LoadAsync(Guid id)
    {
        Campaign = await db.RecruitmentCampaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id).OrNotFound("RecruitmentCampaign", id);
        var applicants = await db.CampaignApplicants.Where(a => a.CampaignId == id).ToListAsync();
        var stationIds = Campaign.VacancyCounts.Keys.ToList();
        var names = await db.Stations.Where(s => stationIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name);
        Stations = Campaign.VacancyCounts.Select(v => (names.GetValueOrDefault(v.Key, "?"), v.Value, applicants.Count(a => a.HiredAtStation == v.Key))).ToList();
        Candidates = applicants.Count(a => a.HiredAtStation is null && Campaign.Method.IsRanked(a));
        return applicants;
    }
}
