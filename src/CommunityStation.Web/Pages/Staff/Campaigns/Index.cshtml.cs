using System.Linq.Expressions;
using CommunityStation.Domain.Registration;
using CommunityStation.Domain.Settings;
using CommunityStation.Domain.Staffing;

namespace CommunityStation.Web.Pages.Staff.Campaigns;

/// <summary>
/// H3/H4: the town's recruitment campaigns (found by title and by state, paged with a total, exported with the
/// filter), and opening a new one with vacancies per station and its ranking method (pre-filled from the dated
/// settings; the town may change it; the campaign keeps it).
/// </summary>
public sealed class IndexModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> localizer) : ListPageModel<IndexModel.Row>
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    /// <summary>"open" (taking applications), "closed" (past its closing date), "cancelled"; anything else: all.</summary>
    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

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

    public async Task<IActionResult> OnGetExportAsync(string format)
    {
        var listed = (await QueryAsync()).OrderedBy(Order).Select(ToListed(await access.ApplicantsAsync()));
        string[] header = [localizer["名称"], localizer["报名截止"], localizer["岗位数"], localizer["报名人数"], localizer["状态"]];
        return await ExportAsync(format, "campaigns", localizer["公开招聘"], header, listed, l =>
        {
            var r = ToRow(l);
            return [r.Title, r.ClosingDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Vacancies.ToString(CultureInfo.InvariantCulture), r.Applicants.ToString(CultureInfo.InvariantCulture),
                r.Cancelled ? localizer["已撤销"] : r.ClosingDate < clock.Today ? localizer["已截止"] : localizer["报名中"]];
        });
    }

    private async Task LoadAsync()
    {
        Rows = (await (await QueryAsync()).ToKeysetPageAsync(Request, Order, ToListed(await access.ApplicantsAsync()))).Select(ToRow);
        Stations = (await db.Stations.Where(s => s.Status == StationStatus.Registered).OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync())
            .Select(s => (s.Id, s.Name)).ToList();
    }

    private async Task<IQueryable<RecruitmentCampaign>> QueryAsync()
    {
        var today = clock.Today;
        var campaigns = (await access.CampaignsAsync()).WhereChosen(Search, term => c => c.Title.Contains(term));
        return State switch
        {
            "open" => campaigns.Where(c => c.CancelledOn == null && c.ClosingDate >= today),
            "closed" => campaigns.Where(c => c.CancelledOn == null && c.ClosingDate < today),
            "cancelled" => campaigns.Where(c => c.CancelledOn != null),
            _ => campaigns,
        };
    }

    private static Keyset<RecruitmentCampaign> Order(Keyset<RecruitmentCampaign> keys) => keys.By(c => c.ClosingDate, descending: true).Then(c => c.Id, descending: true);

    /// <summary>A campaign with its applicants counted in the same statement; vacancies as stored (summed after reading).</summary>
    private static Expression<Func<RecruitmentCampaign, Listed>> ToListed(IQueryable<CampaignApplicant> applicants) =>
        c => new Listed(c.Id, c.Title, c.ClosingDate, c.Vacancies, applicants.Count(a => a.CampaignId == c.Id), c.CancelledOn != null);

    private static Row ToRow(Listed l) => new(l.Id, l.Title, l.ClosingDate, RecruitmentCampaign.CountVacancies(l.Vacancies).Values.Sum(), l.Applicants, l.Cancelled);

    private sealed record Listed(Guid Id, string Title, DateOnly ClosingDate, List<string> Vacancies, int Applicants, bool Cancelled);

    public sealed record Row(Guid Id, string Title, DateOnly ClosingDate, int Vacancies, int Applicants, bool Cancelled);

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
