using Microsoft.AspNetCore.Authorization;

namespace CommunityStation.Web.Pages.Registration.Applications;

/// <summary>The RC fixes its application's particulars while it holds it (draft or returned).</summary>
public sealed class EditModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> localizer) : InputPageModel<ParticularsInput>
{
    public string StationName { get; private set; } = string.Empty;

    public string? LastReturnReason { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var visible = await access.ApplicationsAsync("application edit");
        var application = await visible.FirstOrDefaultAsync(a => a.Id == id).OrNotFound("StationApplication", id);

        Input = ParticularsInput.From(application);
        StationName = application.StationName;
        LastReturnReason = application.LastReturnReason;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var visible = await access.ApplicationsAsync("application edit");
        var application = await visible.FirstOrDefaultAsync(a => a.Id == id).OrNotFound("StationApplication", id);

        StationName = application.StationName;
        LastReturnReason = application.LastReturnReason;
        if (!ModelState.Validate(new ParticularsValidator(localizer), Input))
        {
            return Page();
        }

        db.ExpectVersion(application, Input.Version);
        application.UpdateParticulars(access.Actor, Input.ToParticulars(), clock.UtcNow);
        await db.SaveChangesAsync();
        TempData["Saved"] = localizer["已保存。"].Value;
        return RedirectToPage("/Registration/Applications/Details", new { id });
    }
}
