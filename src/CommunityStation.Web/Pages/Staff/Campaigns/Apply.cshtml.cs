using CommunityStation.Domain.Settings;

namespace CommunityStation.Web.Pages.Staff.Campaigns;

/// <summary>
/// H3: registers an applicant with their own particulars. Outside applicants stay on the campaign and enter the
/// register only when hired; someone already in the register (a renewal or internal candidate) is linked to that
/// person by the ID number. The H3 checks (age on the closing date, computer level 2: hard; bachelor's: a warning
/// kept with the applicant) are <see cref="RecruitmentCampaign.Register"/>'s.
/// </summary>
public sealed class ApplyModel(AppDbContext db, UserAccess access, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public CampaignView View { get; private set; } = null!;

    [BindProperty]
    public PersonInput Input { get; set; } = new();

    public async Task OnGetAsync(Guid id) => View = await CampaignView.FindAsync(access, id);

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        View = await CampaignView.FindAsync(access, id);
        if (!ModelState.Validate(new PersonInputValidator(localizer), Input))
        {
            return Page();
        }

        var particulars = Input.ToParticulars("H3");
        if (View.Applicants.Any(a => a.IdNumber == particulars.IdNumber))
        {
            ModelState.AddModelError("Input.IdNumber", localizer["此人已报名本次招聘。"]);
            return Page();
        }

        // Already in the register: the same person (ID numbers are unique in a town), so the name must agree.
        var registered = await (await access.PeopleAsync("campaign applicant in the register")).FirstOrDefaultAsync(p => p.IdNumber == particulars.IdNumber);
        if (registered is not null && registered.Name != particulars.Name)
        {
            ModelState.AddModelError("Input.Name", localizer["人员名册中此身份证号码的人员是“{0}”，与填写的姓名不一致。", registered.Name]);
            return Page();
        }

        var thresholds = HiringThresholds.InForceOn(new PolicySettingHistory(await db.PolicySettings.AsNoTracking().ToListAsync()), View.Campaign.ClosingDate);
        var applicant = View.Campaign.Register(Guid.CreateVersion7(), particulars, registered, thresholds);
        db.CampaignApplicants.Add(applicant);
        await db.SaveChangesAsync();
        TempData["Saved"] = (registered is null ? localizer["已登记报名：{0}。", applicant.Name] : localizer["已登记报名：{0}（已关联人员名册）。", applicant.Name]).Value;
        return RedirectToPage("Details", new { id });
    }
}
