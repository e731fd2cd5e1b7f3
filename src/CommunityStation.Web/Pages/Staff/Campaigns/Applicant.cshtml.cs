namespace CommunityStation.Web.Pages.Staff.Campaigns;

/// <summary>
/// One applicant of a campaign: their particulars (the whole ID number and phone only on request, with the reveal
/// capability, and each view logged, as for people), scores and outcome; and H4's withdrawal: the applicant declines
/// or withdraws, with a reason (audited with the change), after which the next in line can be hired.
/// </summary>
public sealed class ApplicantModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public CampaignView View { get; private set; } = null!;

    public CampaignApplicant Item { get; private set; } = null!;

    public bool Revealed { get; private set; }

    public bool CanReveal => access.Can(Capability.RevealPeopleData);

    /// <summary>Still in the campaign and not hired: a withdrawal can be recorded.</summary>
    public bool CanWithdraw => !View.Campaign.IsCancelled && !Item.IsWithdrawn && Item.HiredAtStation is null;

    [BindProperty]
    public WithdrawInput Input { get; set; } = new();

    public async Task OnGetAsync(Guid id, bool reveal = false)
    {
        await LoadAsync(id);
        Input.Version = Item.Version;
        if (reveal && CanReveal)
        {
            Revealed = true;
            await this.LogPersonalDataViewAsync("CampaignApplicant", id, Item.TenantId, "campaign applicant: ID number and phone");
        }
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        await LoadAsync(id);
        var applicant = await (await access.ApplicantsAsync()).FirstAsync(a => a.Id == id);
        db.ExpectVersion(applicant, Input.Version);
        View.Campaign.Withdraw(applicant, access.Actor, Input.Reason, clock.Today);
        await db.SaveChangesAsync();
        TempData["Saved"] = localizer["已登记 {0} 放弃。", applicant.Name].Value;
        return RedirectToPage("Details", new { id = View.Campaign.Id });
    }

    private async Task LoadAsync(Guid id)
    {
        var applicant = await (await access.ApplicantsAsync($"campaign applicant {id}")).AsNoTracking().FirstOrDefaultAsync(a => a.Id == id).OrNotFound("CampaignApplicant", id);
        View = await CampaignView.FindAsync(access, applicant.CampaignId);
        Item = applicant;
    }

    public string MaskedId => Masking.MaskIdNumber(Item.IdNumber);

    public string MaskedPhone => Masking.MaskPhone(Item.Phone);

    /// <summary>H4: why the applicant declines or withdraws (the version guards against a change made meanwhile).</summary>
    public sealed class WithdrawInput
    {
        [MultiLine]
        public string? Reason { get; set; }

        public uint Version { get; set; }
    }
}
