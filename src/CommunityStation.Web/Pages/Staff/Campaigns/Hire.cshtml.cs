namespace CommunityStation.Web.Pages.Staff.Campaigns;

/// <summary>
/// H3/H4/H5: hire the next in line into a vacancy at the station the town chooses for this hire, among the
/// campaign's stations with a vacancy left (B4). The rule, and what it waits for (the closing date, every
/// applicant's scores), is <see cref="RecruitmentCampaign.Hire"/>'s; an outside applicant joins the register here.
/// </summary>
public sealed class HireModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public CampaignView View { get; private set; } = null!;

    /// <summary>Who the next hire goes to: the best-ranked applicant not hired yet (null when nobody is left).</summary>
    public CampaignApplicant? Next { get; private set; }

    public int? NextRank { get; private set; }

    /// <summary>H4: applicants whose scores are still missing (the hire waits for them).</summary>
    public IReadOnlyList<CampaignApplicant> Unscored { get; private set; } = [];

    public bool ClosingPassed => clock.Today > View.Campaign.ClosingDate;

    [BindProperty]
    public HireInput Input { get; set; } = new();

    public async Task OnGetAsync(Guid id)
    {
        await LoadAsync(id);
        Input.ApplicantId = Next?.Id;
        Input.StationId = View.Stations.Where(s => s.Open > 0).Select(s => (Guid?)s.Id).FirstOrDefault();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        await LoadAsync(id);
        if (!ModelState.Validate(new HireValidator(localizer), Input))
        {
            return Page();
        }

        var campaign = View.Campaign;
        var hiring = await db.HireNextAsync(campaign, Input.ApplicantId!.Value, Input.StationId!.Value, clock.Today);
        TempData["Saved"] = localizer["已录用 {0}，安排到{1}。", hiring.Applicant.Name, View.StationName(hiring.StationId)].Value;
        return RedirectToPage("Details", new { id });
    }

    private async Task LoadAsync(Guid id)
    {
        View = await CampaignView.FindAsync(access, id);
        var ranking = View.Campaign.Rank(View.Applicants);
        Next = View.Campaign.NextInLine(View.Applicants);
        NextRank = Next is null ? null : ranking.ToList().IndexOf(Next) + 1;
        Unscored = View.Campaign.Unscored(View.Applicants);
    }

    /// <summary>The applicant the user saw as next in line, and the station chosen for them.</summary>
    public sealed class HireInput
    {
        public Guid? ApplicantId { get; set; }

        public Guid? StationId { get; set; }
    }

    public sealed class HireValidator : AbstractValidator<HireInput>
    {
        public HireValidator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(x => x.StationId).NotNull().WithMessage(_ => l["请选择录用到的工作站。"]);
            RuleFor(x => x.ApplicantId).NotNull().WithMessage(_ => l["没有可录用的候选人。"]);
        }
    }
}
