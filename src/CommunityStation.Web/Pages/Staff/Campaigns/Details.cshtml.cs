using CommunityStation.Domain.Settings;
using CommunityStation.Domain.Staffing;

namespace CommunityStation.Web.Pages.Staff.Campaigns;

/// <summary>
/// One campaign: register applicants (H3 hard checks on the closing date, bachelor's soft), enter exam
/// and assessment scores and see the ranking by the campaign's recorded method (H4, ranked by
/// <see cref="RecruitmentCampaign.Rank"/>). Hiring and cancelling are their own pages.
/// </summary>
public sealed class DetailsModel(AppDbContext db, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public RecruitmentCampaign Campaign { get; private set; } = null!;

    public IReadOnlyList<Row> Ranking { get; private set; } = [];

    public IReadOnlyList<Row> Unscored { get; private set; } = [];

    /// <summary>Scored but not passed when the assessment is pass/fail: they take no place in the ranking.</summary>
    public IReadOnlyList<Row> NotQualified { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name, int Vacancies, int Hired)> Stations { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> People { get; private set; } = [];

    [BindProperty]
    public ApplicantInput Input { get; set; } = new();

    public Task OnGetAsync(Guid id) => LoadAsync(id);

    public async Task<IActionResult> OnPostApplicantAsync(Guid id)
    {
        await LoadAsync(id);
        var person = Input.PersonId is { } pid ? await db.People.FirstOrDefaultAsync(p => p.Id == pid) : null;
        if (person is null)
        {
            ModelState.AddModelError("Input.PersonId", localizer["请选择人员。"]);
            return Page();
        }

        if (await db.CampaignApplicants.AnyAsync(a => a.CampaignId == id && a.PersonId == person.Id))
        {
            ModelState.AddModelError("Input.PersonId", localizer["此人已报名。"]);
            return Page();
        }

        var warnings = Eligibility.ChannelB(person, Campaign.ClosingDate, await ThresholdsAsync(Campaign.ClosingDate), renewal: false);
        db.CampaignApplicants.Add(Campaign.Register(Guid.CreateVersion7(), person.Id, warnings.Count == 0 ? null : string.Join(" ", warnings.Select(w => w.ToString()))));
        await db.SaveChangesAsync();
        TempData["Saved"] = localizer["已登记报名。"].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostScoreAsync(Guid id, Guid applicantId)
    {
        await LoadAsync(id);
        var applicant = await db.CampaignApplicants.FirstOrDefaultAsync(a => a.Id == applicantId && a.CampaignId == id).OrNotFound("CampaignApplicant", applicantId);
        Campaign.Score(applicant, Input.Exam, Input.Assessment, Input.Passed);
        await db.SaveChangesAsync();
        return RedirectToPage(new { id });
    }

    private async Task<HiringThresholds> ThresholdsAsync(DateOnly on) =>
        HiringThresholds.InForceOn(new PolicySettingHistory(await db.PolicySettings.ToListAsync()), on);

    private async Task LoadAsync(Guid id)
    {
        var campaign = await db.RecruitmentCampaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id).OrNotFound("RecruitmentCampaign", id);
        Campaign = campaign;
        var applicants = await db.CampaignApplicants.Where(a => a.CampaignId == id).AsNoTracking().ToListAsync();
        var people = await db.People.Where(p => applicants.Select(a => a.PersonId).Contains(p.Id)).AsNoTracking().ToDictionaryAsync(p => p.Id);
        var stationNames = await db.Stations.Select(s => new { s.Id, s.Name }).ToListAsync();
        Row ToRow(CampaignApplicant a, int? rank) => new(a.Id, rank, people[a.PersonId].Name, people[a.PersonId].AgeOn(campaign.ClosingDate), people[a.PersonId].Education,
            people[a.PersonId].HasSocialWorkBackground, a.ExamScore, a.AssessmentScore, a.AssessmentPassed, campaign.TotalOf(a, people), a.Warnings,
            a.HiredAtStation is { } s ? stationNames.FirstOrDefault(x => x.Id == s)?.Name : null);
        Ranking = campaign.Rank(applicants, people).Select((a, i) => ToRow(a, i + 1)).ToList();
        Unscored = applicants.Where(a => !campaign.Method.IsScored(a)).Select(a => ToRow(a, null)).ToList();
        NotQualified = applicants.Where(a => campaign.Method.IsScored(a) && !campaign.Method.IsRanked(a)).Select(a => ToRow(a, null)).ToList();
        Stations = campaign.VacancyCounts.Select(v => (v.Key, stationNames.FirstOrDefault(s => s.Id == v.Key)?.Name ?? "?", v.Value, applicants.Count(a => a.HiredAtStation == v.Key))).ToList();
        People = (await db.People.OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync()).Select(p => (p.Id, p.Name)).ToList();
    }

    public sealed class ApplicantInput
    {
        /// <summary>Registering an applicant: who.</summary>
        public Guid? PersonId { get; set; }

        /// <summary>Scoring an applicant (H4).</summary>
        [Code]
        public decimal? Exam { get; set; }

        [Code]
        public decimal? Assessment { get; set; }

        /// <summary>When the campaign's assessment is pass/fail.</summary>
        public bool? Passed { get; set; }
    }

    public sealed record Row(Guid Id, int? Rank, string Name, int Age, Education Education, bool SocialWork, decimal? Exam, decimal? Assessment, bool? Passed, decimal? Total, string? Warnings, string? HiredAt);
}
