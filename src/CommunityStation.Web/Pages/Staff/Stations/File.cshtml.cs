using CommunityStation.Domain.Staffing;
using CommunityStation.Infrastructure.Identity;
using CommunityStation.Infrastructure.Persistence;
using CommunityStation.Web.Infrastructure;
using CommunityStation.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CommunityStation.Web.Pages.Staff.Stations;

/// <summary>H6: the town files a station's current roster with the bureau.</summary>
public sealed class FileModel : PageModel
{
    private readonly AppDbContext _db;
    private readonly PortalClock _clock;
    private readonly UserAccess _access;
    private readonly Notifier _notifier;
    private readonly IStringLocalizer<SharedResource> _l;

    public FileModel(AppDbContext db, PortalClock clock, UserAccess access, Notifier notifier, IStringLocalizer<SharedResource> l)
    {
        _db = db;
        _clock = clock;
        _access = access;
        _notifier = notifier;
        _l = l;
    }

    public StationInfo Station { get; private set; } = null!;

    /// <summary>The roster as it would be filed.</summary>
    public IReadOnlyList<string> Lines { get; private set; } = [];

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public RosterFiling? Pending { get; private set; }

    public Task OnGetAsync(Guid id) => LoadAsync(id);

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        await LoadAsync(id);
        var filing = RosterFiling.File(Station.TenantId, Guid.CreateVersion7(), id, Lines, Problems, Pending is not null, _access.UserName, _clock.UtcNow);
        _db.RosterFilings.Add(filing);
        await _notifier.NotifyAsync(AppRoles.Bureau, null, null, $"名单备案：{Station.Name}", $"/Staff/Filings/Details/{filing.Id}");
        await _db.SaveChangesAsync();
        TempData["Saved"] = _l["已报市民政局备案。"].Value;
        return RedirectToPage("Roster", new { id });
    }

    private async Task LoadAsync(Guid id)
    {
        Station = await RosterData.StationAsync(_access, _db, id);
        var (roster, names) = await RosterData.LoadAsync(_db, Station.TenantId, id);
        Lines = roster.Snapshot(names);
        Problems = roster.Problems();
        (_, Pending, _) = await RosterData.FilingStateAsync(_db, id, Lines);
    }
}
