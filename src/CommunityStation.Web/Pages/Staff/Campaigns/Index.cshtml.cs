using CommunityStation.Domain.Registration;
using CommunityStation.Domain.Staffing;
using Microsoft.AspNetCore.Authorization;

namespace CommunityStation.Web.Pages.Staff.Campaigns;

/// <summary>H3/H4: the town's open recruitment campaigns, and opening a new one with vacancies per station.</summary>
public sealed class IndexModel(AppDbContext db, UserAccess access, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<(Guid Id, string Title, DateOnly ClosingDate, int Vacancies, int Applicants)> Rows { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Stations { get; private set; } = [];

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public DateOnly? ClosingDate { get; set; }

    [BindProperty]
    public Dictionary<Guid, int?> Vacancies { get; set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (ClosingDate is null)
        {
            ModelState.AddModelError(nameof(ClosingDate), localizer["请填写报名截止日期。"]);
            return Page();
        }

        var vacancies = Vacancies.Where(v => v.Value is > 0 && Stations.Any(s => s.Id == v.Key)).ToDictionary(v => v.Key, v => v.Value!.Value);
        var campaign = RecruitmentCampaign.Open(access.TenantId!.Value, Guid.CreateVersion7(), Title ?? string.Empty, ClosingDate.Value, vacancies);
        db.RecruitmentCampaigns.Add(campaign);
        await db.SaveChangesAsync();
        return RedirectToPage("/Staff/Campaigns/Details", new { id = campaign.Id });
    }

    private async Task LoadAsync()
    {
        var campaigns = await db.RecruitmentCampaigns.OrderByDescending(c => c.ClosingDate).ToListAsync();
        var counts = await db.CampaignApplicants.GroupBy(a => a.CampaignId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        Rows = campaigns.Select(c => (c.Id, c.Title, c.ClosingDate, c.VacancyCounts.Values.Sum(), counts.FirstOrDefault(x => x.Key == c.Id)?.Count ?? 0)).ToList();
        Stations = (await db.Stations.Where(s => s.Status == StationStatus.Registered).OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync())
            .Select(s => (s.Id, s.Name)).ToList();
    }
}
