using CommunityStation.Domain.ServiceDesk;
using Microsoft.AspNetCore.Authorization;

namespace CommunityStation.Web.Pages.Desk;

/// <summary>B6: the head edits what the public page shows: opening hours, the service phone and the posted rules, with revision history.</summary>
[Authorize(Roles = AppRoles.StationHead)]
public sealed class StationModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public string? OpeningHours { get; set; }

    /// <summary>The station's public service phone (issue 11 item 6: a <c>tel:</c> link on the public page).</summary>
    [BindProperty]
    public string? Phone { get; set; }

    [BindProperty]
    [MultiLine]
    public string? Rules { get; set; }

    public OwnStation Desk { get; private set; } = null!;

    public string PublicUrl { get; private set; } = string.Empty;

    public IReadOnlyList<StationRuleRevision> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var profile = await db.StationProfiles.Where(p => p.StationId == Desk.StationId).Select(p => new { p.OpeningHours, p.Phone }).FirstOrDefaultAsync();
        (OpeningHours, Phone) = (profile?.OpeningHours, profile?.Phone);
        Rules = History.Count > 0 ? History[0].Body : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var tenantId = access.TenantId!.Value;
        var profile = await db.StationProfiles.FirstOrDefaultAsync(p => p.StationId == Desk.StationId);
        if (profile is null)
        {
            profile = new StationProfile(tenantId, Desk.StationId, Desk.CaseCode, OpeningHours ?? string.Empty);
            db.StationProfiles.Add(profile);
        }
        else
        {
            profile.Update(OpeningHours ?? string.Empty);
        }

        profile.SetPhone(Phone);

        var current = History.Count > 0 ? History[0] : null;
        if (!string.Equals(current?.Body, Rules?.Trim(), StringComparison.Ordinal))
        {
            db.StationRuleRevisions.Add(new StationRuleRevision(tenantId, Guid.CreateVersion7(), Desk.StationId, (current?.Revision ?? 0) + 1, Rules ?? string.Empty, access.Actor, clock.UtcNow));
        }

        await db.SaveChangesAsync();
        TempData["Saved"] = localizer["已保存。"].Value;
        return RedirectToPage();
    }

    private async Task<bool> LoadAsync()
    {
        var desk = await access.OwnStationAsync();
        if (desk is null)
        {
            return false;
        }

        Desk = desk;
        var tenantCode = await db.Tenants.Where(t => t.Id == access.TenantId).Select(t => t.Code).FirstAsync();
        PublicUrl = $"/Public/Stations/{tenantCode}/{desk.StationId}";
        History = await db.StationRuleRevisions.Where(r => r.StationId == desk.StationId).OrderByDescending(r => r.Revision).AsNoTracking().ToListAsync();
        return true;
    }
}
