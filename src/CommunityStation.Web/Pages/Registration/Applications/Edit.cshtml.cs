using CommunityStation.Infrastructure.Identity;
using CommunityStation.Infrastructure.Persistence;
using CommunityStation.Web.Infrastructure.Access;
using CommunityStation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityStation.Web.Pages.Registration.Applications;

/// <summary>The RC fixes its application's particulars while it holds it (draft or returned).</summary>
public sealed class EditModel : PageModel
{
    private readonly AppDbContext _db;
    private readonly UserAccess _access;
    private readonly PortalClock _clock;
    private readonly IStringLocalizer<SharedResource> _l;

    public EditModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> l)
    {
        _db = db;
        _access = access;
        _clock = clock;
        _l = l;
    }

    [BindProperty]
    public ParticularsInput Input { get; set; } = new();

    public string StationName { get; private set; } = string.Empty;

    public string? LastReturnReason { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var visible = await _access.ApplicationsAsync("application edit");
        var application = await visible.FirstOrDefaultAsync(a => a.Id == id);
        if (application is null)
        {
            return await this.NotFoundAuditedAsync("StationApplication", id);
        }

        Input = ParticularsInput.From(application);
        StationName = application.StationName;
        LastReturnReason = application.LastReturnReason;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var visible = await _access.ApplicationsAsync("application edit");
        var application = await visible.FirstOrDefaultAsync(a => a.Id == id);
        if (application is null)
        {
            return await this.NotFoundAuditedAsync("StationApplication", id);
        }

        StationName = application.StationName;
        LastReturnReason = application.LastReturnReason;
        if (!ModelState.Validate(new ParticularsValidator(_l), Input))
        {
            return Page();
        }

        _db.ExpectVersion(application, Input.Version);
        application.UpdateParticulars(_access.Actor, Input.ToParticulars(), _clock.UtcNow);
        await _db.SaveChangesAsync();
        TempData["Saved"] = _l["已保存。"].Value;
        return RedirectToPage("/Registration/Applications/Details", new { id });
    }
}
