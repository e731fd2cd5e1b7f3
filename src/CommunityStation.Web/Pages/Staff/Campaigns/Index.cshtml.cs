using CommunityStation.Domain.Registration;
using CommunityStation.Domain.Settings;
using CommunityStation.Domain.Staffing;

namespace CommunityStation.Web.Pages.Staff.Campaigns;

/// <summary>
/// H3/H4: the town's open recruitment campaigns, and opening a new one with vacancies per station and
/// its ranking method (pre-filled from the dated settings; the town may change it; the campaign keeps it).
/// </summary>
public sealed class IndexModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<(Guid Id, string Title, DateOnly ClosingDate, int Vacancies, int Applicants, bool Cancelled)> Rows { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Stations { get; private set; } = [];

    [BindProperty]
    public CampaignInput Input { get; set; } = new();

    public async Task OnGetAsync()
    {
        await LoadAsync();
        var settings = new PolicySettingHistory(await db.PolicySettings.ToListAsync());
        var defaults = RankingMethod.Defaults(settings, clock.Today);
        Input = new CampaignInput
        {
            Assessment = defaults.Assessment,
            ExamWeight = Plain(defaults.Assessment == AssessmentMode.Weighted ? defaults.ExamWeight * 100m : 50m),
            AssessmentWeight = Plain(defaults.Assessment == AssessmentMode.Weighted ? defaults.AssessmentWeight * 100m : 50m),
            MaxScore = Plain(defaults.MaxScore),
            Preference = defaults.Preference,
            BonusPoints = Plain(RankingMethod.SuggestedBonus(settings, clock.Today)),
        };
    }

    /// <summary>"50", not "50.0000" as the settings column returns it.</summary>
    private static decimal Plain(decimal value) => decimal.Parse(MethodText.Number(value), CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (Input.ClosingDate is null)
        {
            ModelState.AddModelError("Input.ClosingDate", localizer["请填写报名截止日期。"]);
            return Page();
        }

        // The form asks for percentages; the method keeps shares.
        var method = RankingMethod.Create(Input.Assessment, Input.ExamWeight / 100m, Input.AssessmentWeight / 100m, Input.MaxScore, Input.Preference, Input.BonusPoints);
        var vacancies = Input.Vacancies.Where(v => v.Value is > 0 && Stations.Any(s => s.Id == v.Key)).ToDictionary(v => v.Key, v => v.Value!.Value);
        var campaign = RecruitmentCampaign.Open(access.TenantId!.Value, Guid.CreateVersion7(), Input.Title ?? string.Empty, Input.ClosingDate.Value, vacancies, method, clock.Today);
        db.RecruitmentCampaigns.Add(campaign);
        await db.SaveChangesAsync();
        return RedirectToPage("/Staff/Campaigns/Details", new { id = campaign.Id });
    }

    private async Task LoadAsync()
    {
        var campaigns = await (await access.CampaignsAsync()).OrderByDescending(c => c.ClosingDate).AsNoTracking().ToListAsync();
        var counts = await (await access.ApplicantsAsync()).GroupBy(a => a.CampaignId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        Rows = campaigns.Select(c => (c.Id, c.Title, c.ClosingDate, c.VacancyCounts.Values.Sum(), counts.FirstOrDefault(x => x.Key == c.Id)?.Count ?? 0, c.IsCancelled)).ToList();
        Stations = (await db.Stations.Where(s => s.Status == StationStatus.Registered).OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync())
            .Select(s => (s.Id, s.Name)).ToList();
    }

    public sealed class CampaignInput
    {
        public string? Title { get; set; }

        public DateOnly? ClosingDate { get; set; }

        public Dictionary<Guid, int?> Vacancies { get; set; } = [];

        /// <summary>H4: weighted, or pass/fail (the assessment only qualifies).</summary>
        public AssessmentMode Assessment { get; set; }

        /// <summary>Percent of the total (with <see cref="AssessmentWeight"/>, 100).</summary>
        [Code]
        public decimal? ExamWeight { get; set; }

        [Code]
        public decimal? AssessmentWeight { get; set; }

        [Code]
        public decimal? MaxScore { get; set; }

        /// <summary>H3 "优先": a tie-break by default; bonus points only if the town chooses them.</summary>
        public SocialWorkPreference Preference { get; set; }

        [Code]
        public decimal? BonusPoints { get; set; }
    }
}
