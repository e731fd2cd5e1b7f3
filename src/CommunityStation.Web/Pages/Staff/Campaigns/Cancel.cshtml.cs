namespace CommunityStation.Web.Pages.Staff.Campaigns;

/// <summary>
/// B4: the town cancels a campaign with a reason; its unfilled vacancies stop being reserved posts from
/// today (the rule is <see cref="RecruitmentCampaign.Cancel"/>; the change is audited with its before/after).
/// </summary>
public sealed class CancelModel(AppDbContext db, PortalClock clock, UserAccess access, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public CampaignView View { get; private set; } = null!;

    public RecruitmentCampaign Campaign => View.Campaign;

    [BindProperty]
    public CancelInput Input { get; set; } = new();

    public async Task OnGetAsync(Guid id)
    {
        View = await CampaignView.FindAsync(access, id);
        Input = new CancelInput { Version = Campaign.Version };
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        View = await CampaignView.FindAsync(access, id);
        var campaign = await (await access.CampaignsAsync()).FirstAsync(c => c.Id == id);
        db.ExpectVersion(campaign, Input.Version);
        campaign.Cancel(access.Actor, Input.Reason, clock.Today);
        await db.SaveChangesAsync();
        TempData["Saved"] = localizer["已撤销招聘：{0}。", campaign.Title].Value;
        return RedirectToPage("Details", new { id });
    }

    public sealed class CancelInput
    {
        [MultiLine]
        public string? Reason { get; set; }

        public uint Version { get; set; }
    }
}
