namespace CommunityStation.Web.Pages.Staff.Campaigns;

/// <summary>
/// One campaign: its vacancies, its applicants (ID numbers masked), score entry and the ranking by the campaign's
/// recorded method (H4, <see cref="RecruitmentCampaign.Rank"/>), who is next in line and what still stands before
/// hiring (H3 closing date, H4 scores). Registering applicants, withdrawals, hiring and cancelling are their own pages.
/// </summary>
public sealed class DetailsModel(AppDbContext db, UserAccess access, PortalClock clock) : PageModel
{
    public CampaignView View { get; private set; } = null!;

    public RecruitmentCampaign Campaign => View.Campaign;

    public IReadOnlyList<Row> Ranking { get; private set; } = [];

    public IReadOnlyList<Row> Unscored { get; private set; } = [];

    /// <summary>Scored but not passed when the assessment is pass/fail: they take no place in the ranking.</summary>
    public IReadOnlyList<Row> NotQualified { get; private set; } = [];

    /// <summary>H4: those who declined or withdrew.</summary>
    public IReadOnlyList<Row> Withdrawn { get; private set; } = [];

    /// <summary>The applicant the next hire goes to, when there is one.</summary>
    public Guid? NextInLine { get; private set; }

    /// <summary>H3: applications are open through the closing date; hiring starts the day after.</summary>
    public bool ClosingPassed => clock.Today > Campaign.ClosingDate;

    [BindProperty]
    public ScoreInput Input { get; set; } = new();

    public Task OnGetAsync(Guid id) => LoadAsync(id);

    public async Task<IActionResult> OnPostScoreAsync(Guid id, Guid applicantId)
    {
        await LoadAsync(id);
        var applicant = await (await access.ApplicantsAsync()).FirstOrDefaultAsync(a => a.Id == applicantId && a.CampaignId == id).OrNotFound("CampaignApplicant", applicantId);
        Campaign.Score(applicant, Input.Exam, Input.Assessment, Input.Passed);
        await db.SaveChangesAsync();
        return RedirectToPage(new { id });
    }

    private async Task LoadAsync(Guid id)
    {
        View = await CampaignView.FindAsync(access, id);
        var campaign = View.Campaign;
        var applicants = View.Applicants;
        Row ToRow(CampaignApplicant a, int? rank) => new(a.Id, rank, a.Name, Masking.MaskIdNumber(a.IdNumber), a.AgeOn(campaign.ClosingDate), a.Education,
            a.HasSocialWorkBackground, a.PersonId is not null, a.ExamScore, a.AssessmentScore, a.AssessmentPassed, campaign.TotalOf(a), a.Warnings,
            a.HiredAtStation is { } s ? View.StationName(s) : null, a.WithdrawnOn, a.WithdrawalReason);
        Ranking = campaign.Rank(applicants).Select((a, i) => ToRow(a, i + 1)).ToList();
        Unscored = campaign.Unscored(applicants).Select(a => ToRow(a, null)).ToList();
        NotQualified = applicants.Where(a => !a.IsWithdrawn && campaign.Method.IsScored(a) && !campaign.Method.IsRanked(a)).Select(a => ToRow(a, null)).ToList();
        Withdrawn = applicants.Where(a => a.IsWithdrawn).Select(a => ToRow(a, null)).ToList();
        NextInLine = campaign.NextInLine(applicants)?.Id;
    }

    /// <summary>H4: an applicant's scores, typed into the row's form.</summary>
    public sealed class ScoreInput
    {
        [Code]
        public decimal? Exam { get; set; }

        [Code]
        public decimal? Assessment { get; set; }

        /// <summary>When the campaign's assessment is pass/fail.</summary>
        public bool? Passed { get; set; }
    }

    public sealed record Row(
        Guid Id, int? Rank, string Name, string MaskedId, int Age, Education Education, bool SocialWork, bool InRegister, decimal? Exam, decimal? Assessment, bool? Passed,
        decimal? Total, string? Warnings, string? HiredAt, DateOnly? WithdrawnOn, string? WithdrawalReason);
}
