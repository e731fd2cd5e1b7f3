using CommunityStation.Domain.Registration;
using CommunityStation.Domain.Staffing;

namespace CommunityStation.Web.Pages.Staff.Filings;

/// <summary>H6: one filed roster, its difference from the last acknowledged one; the bureau acknowledges or returns it.</summary>
public sealed class DetailsModel(AppDbContext db, PortalClock clock, UserAccess access, Notifier notifier, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public RosterFiling Filing { get; private set; } = null!;

    public string StationName { get; private set; } = string.Empty;

    public IReadOnlyList<string> Added { get; private set; } = [];

    public IReadOnlyList<string> Removed { get; private set; } = [];

    public bool CanDecide => access.Can(Capability.DecideFilings) && Filing.Status == FilingStatus.Filed;

    [BindProperty]
    [MultiLine]
    public string? Reasons { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id) =>
        await LoadAsync(id) ? Page() : await this.NotFoundAuditedAsync("RosterFiling", id);

    public Task<IActionResult> OnPostAcknowledgeAsync(Guid id) => DecideAsync(id, (f, who, now) => f.Acknowledge(who, now), "名单已备案");

    public Task<IActionResult> OnPostReturnAsync(Guid id) => DecideAsync(id, (f, who, now) => f.Return(who, Reasons ?? string.Empty, now), "名单备案被退回");

    private async Task<IActionResult> DecideAsync(Guid id, Action<RosterFiling, Actor, DateTimeOffset> decide, string title)
    {
        access.Demand(Capability.DecideFilings);
        if (!await LoadAsync(id))
        {
            return await this.NotFoundAuditedAsync("RosterFiling", id);
        }

        await access.ActInTenantAsync(Filing.TenantId);
        var filing = await db.RosterFilings.FirstAsync(f => f.Id == id);
        decide(filing, access.Actor, clock.UtcNow);
        await notifier.NotifyAsync(AppRoles.TownOfficial, filing.TenantId, null, $"{title}：{StationName}", $"/Staff/Filings/Details/{id}");
        await db.SaveChangesAsync();
        TempData["Saved"] = localizer["已办理。"].Value;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var filing = await (await access.FilingsAsync($"roster filing {id}")).AsNoTracking().FirstOrDefaultAsync(f => f.Id == id);
        if (filing is null)
        {
            return false;
        }

        Filing = filing;
        StationName = await db.Stations.Where(s => s.Id == filing.StationId).Select(s => s.Name).FirstAsync();
        var previous = await db.RosterFilings.Where(f => f.StationId == filing.StationId && f.Status == FilingStatus.Acknowledged && f.Id != id && f.Filed.At < filing.Filed.At)
            .OrderByDescending(f => f.Filed.At).AsNoTracking().FirstOrDefaultAsync();
        (Added, Removed) = RosterFiling.Diff(previous, filing.Lines);
        return true;
    }
}
