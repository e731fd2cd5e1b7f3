using Microsoft.AspNetCore.Authorization;

namespace CommunityStation.Web.Pages.Desk;

/// <summary>B6: the head edits what the public page shows: opening hours, the service phone and the posted rules, with revision history.</summary>
[Authorize(Roles = AppRoles.StationHead)]
public sealed class StationModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public StationInput Input { get; set; } = new();

    public OwnStation Desk { get; private set; } = null!;

    public string PublicUrl { get; private set; } = string.Empty;

    public IReadOnlyList<StationRuleRevision> History { get; private set; } = [];

    public async Task OnGetAsync()
    {
        await LoadAsync();
        var profile = await db.StationProfiles.Where(p => p.StationId == Desk.StationId).Select(p => new { p.OpeningHours, p.Phone }).FirstOrDefaultAsync();
        Input.OpeningHours = profile?.OpeningHours;
        Input.Phone = profile?.Phone;
        Input.Body = History.Count > 0 ? History[0].Body : null;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        var tenantId = access.TenantId!.Value;
        var profile = await db.StationProfiles.FirstOrDefaultAsync(p => p.StationId == Desk.StationId);
        if (profile is null)
        {
            profile = new StationProfile(tenantId, Desk.StationId, Desk.CaseCode, Input.OpeningHours ?? string.Empty);
            db.StationProfiles.Add(profile);
        }
        else
        {
            profile.Update(Input.OpeningHours ?? string.Empty);
        }

        profile.SetPhone(Input.Phone);

        var current = History.Count > 0 ? History[0] : null;
        if (!string.Equals(current?.Body, Input.Body?.Trim(), StringComparison.Ordinal))
        {
            db.StationRuleRevisions.Add(new StationRuleRevision(tenantId, Guid.CreateVersion7(), Desk.StationId, (current?.Revision ?? 0) + 1, Input.Body ?? string.Empty, access.Actor, clock.UtcNow));
        }

        await db.SaveChangesAsync();
        TempData["Saved"] = localizer["已保存。"].Value;
        return RedirectToPage();
    }

    /// <summary>The head's own station; a user without one gets the audited 404.</summary>
    private async Task LoadAsync()
    {
        var desk = Desk = await access.OwnStationAsync().OrNotFound("Station", null);
        var tenantCode = await db.Tenants.Where(t => t.Id == access.TenantId).Select(t => t.Code).FirstAsync();
        PublicUrl = $"/Public/Stations/{tenantCode}/{desk.StationId}";
        History = await db.StationRuleRevisions.Where(r => r.StationId == desk.StationId).OrderByDescending(r => r.Revision).AsNoTracking().ToListAsync();
    }

    /// <summary>Named as the domain names them (profile and rule revision), so a refusal lands at its field.</summary>
    public sealed class StationInput
    {
        public string? OpeningHours { get; set; }

        /// <summary>The station's public service phone (issue 11 item 6: a <c>tel:</c> link on the public page).</summary>
        public string? Phone { get; set; }

        [MultiLine]
        public string? Body { get; set; }
    }
}
