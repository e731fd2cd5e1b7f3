using CommunityStation.Domain.ServiceDesk;
using CommunityStation.Infrastructure.Identity;
using CommunityStation.Infrastructure.Persistence;
using CommunityStation.Web.Infrastructure.Access;
using CommunityStation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityStation.Web.Pages.Desk;

/// <summary>B6: the head edits what the public page shows: opening hours and the posted rules, with revision history.</summary>
[Authorize(Roles = AppRoles.StationHead)]
public sealed class StationModel : PageModel
{
    private readonly AppDbContext _db;
    private readonly UserAccess _access;
    private readonly PortalClock _clock;
    private readonly IStringLocalizer<SharedResource> _l;

    public StationModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> l)
    {
        _db = db;
        _access = access;
        _clock = clock;
        _l = l;
    }

    [BindProperty]
    public string? OpeningHours { get; set; }

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

        OpeningHours = await _db.StationProfiles.Where(p => p.StationId == Desk.StationId).Select(p => p.OpeningHours).FirstOrDefaultAsync();
        Rules = History.Count > 0 ? History[0].Body : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var tenantId = _access.TenantId!.Value;
        var profile = await _db.StationProfiles.FirstOrDefaultAsync(p => p.StationId == Desk.StationId);
        if (profile is null)
        {
            _db.StationProfiles.Add(new StationProfile(tenantId, Desk.StationId, Desk.CaseCode, OpeningHours ?? string.Empty));
        }
        else
        {
            profile.Update(OpeningHours ?? string.Empty);
        }

        var current = History.Count > 0 ? History[0] : null;
        if (!string.Equals(current?.Body, Rules?.Trim(), StringComparison.Ordinal))
        {
            _db.StationRuleRevisions.Add(new StationRuleRevision(tenantId, Guid.CreateVersion7(), Desk.StationId, (current?.Revision ?? 0) + 1, Rules ?? string.Empty, _access.UserName, _clock.UtcNow));
        }

        await _db.SaveChangesAsync();
        TempData["Saved"] = _l["已保存。"].Value;
        return RedirectToPage();
    }

    private async Task<bool> LoadAsync()
    {
        var desk = await _access.OwnStationAsync();
        if (desk is null)
        {
            return false;
        }

        Desk = desk;
        var tenantCode = await _db.Tenants.Where(t => t.Id == _access.TenantId).Select(t => t.Code).FirstAsync();
        PublicUrl = $"/Public/Stations/{tenantCode}/{desk.StationId}";
        History = await _db.StationRuleRevisions.Where(r => r.StationId == desk.StationId).OrderByDescending(r => r.Revision).AsNoTracking().ToListAsync();
        return true;
    }
}
