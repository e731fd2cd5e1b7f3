using CommunityStation.Domain.Staffing;
using CommunityStation.Infrastructure.Identity;
using CommunityStation.Infrastructure.Persistence;
using CommunityStation.Web.Infrastructure.Access;
using CommunityStation.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityStation.Web.Pages.Staff.Filings;

/// <summary>H6: one filed roster, its difference from the last acknowledged one; the bureau acknowledges or returns it.</summary>
public sealed class DetailsModel : PageModel
{
    private readonly AppDbContext _db;
    private readonly PortalClock _clock;
    private readonly UserAccess _access;
    private readonly Notifier _notifier;
    private readonly IStringLocalizer<SharedResource> _l;

    public DetailsModel(AppDbContext db, PortalClock clock, UserAccess access, Notifier notifier, IStringLocalizer<SharedResource> l)
    {
        _db = db;
        _clock = clock;
        _access = access;
        _notifier = notifier;
        _l = l;
    }

    public RosterFiling Filing { get; private set; } = null!;

    public string StationName { get; private set; } = string.Empty;

    public IReadOnlyList<string> Added { get; private set; } = [];

    public IReadOnlyList<string> Removed { get; private set; } = [];

    public bool CanDecide => _access.Can(Capability.DecideFilings) && Filing.Status == FilingStatus.Filed;

    [BindProperty]
    [MultiLine]
    public string? Reasons { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id) =>
        await LoadAsync(id) ? Page() : await this.NotFoundAuditedAsync("RosterFiling", id);

    public Task<IActionResult> OnPostAcknowledgeAsync(Guid id) => DecideAsync(id, (f, who, now) => f.Acknowledge(who, now), "名单已备案");

    public Task<IActionResult> OnPostReturnAsync(Guid id) => DecideAsync(id, (f, who, now) => f.Return(who, Reasons ?? string.Empty, now), "名单备案被退回");

    private async Task<IActionResult> DecideAsync(Guid id, Action<RosterFiling, string, DateTimeOffset> decide, string title)
    {
        _access.Demand(Capability.DecideFilings);
        if (!await LoadAsync(id))
        {
            return await this.NotFoundAuditedAsync("RosterFiling", id);
        }

        await _access.ActInTenantAsync(Filing.TenantId);
        var filing = await _db.RosterFilings.FirstAsync(f => f.Id == id);
        decide(filing, _access.UserName, _clock.UtcNow);
        await _notifier.NotifyAsync(AppRoles.TownOfficial, filing.TenantId, null, $"{title}：{StationName}", $"/Staff/Filings/Details/{id}");
        await _db.SaveChangesAsync();
        TempData["Saved"] = _l["已办理。"].Value;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var filing = await (await _access.FilingsAsync($"roster filing {id}")).AsNoTracking().FirstOrDefaultAsync(f => f.Id == id);
        if (filing is null)
        {
            return false;
        }

        Filing = filing;
        StationName = await _db.Stations.Where(s => s.Id == filing.StationId).Select(s => s.Name).FirstAsync();
        var previous = await _db.RosterFilings.Where(f => f.StationId == filing.StationId && f.Status == FilingStatus.Acknowledged && f.Id != id && f.FiledAt < filing.FiledAt)
            .OrderByDescending(f => f.FiledAt).AsNoTracking().FirstOrDefaultAsync();
        (Added, Removed) = RosterFiling.Diff(previous, filing.Lines);
        return true;
    }
}
