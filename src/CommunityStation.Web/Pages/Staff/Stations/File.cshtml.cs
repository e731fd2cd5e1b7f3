using CommunityStation.Domain.Staffing;

namespace CommunityStation.Web.Pages.Staff.Stations;

/// <summary>H6: the town files a station's current roster with the bureau.</summary>
public sealed class FileModel(AppDbContext db, PortalClock clock, UserAccess access, Notifier notifier, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public StationInfo Station { get; private set; } = null!;

    /// <summary>The roster as it would be filed.</summary>
    public IReadOnlyList<string> Lines { get; private set; } = [];

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public RosterFiling? Pending { get; private set; }

    public Task OnGetAsync(Guid id) => LoadAsync(id);

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        await LoadAsync(id);
        var filing = RosterFiling.File(Station.TenantId, Guid.CreateVersion7(), id, Lines, Problems, Pending is not null, access.UserName, clock.UtcNow);
        db.RosterFilings.Add(filing);
        await notifier.NotifyAsync(AppRoles.Bureau, null, null, $"名单备案：{Station.Name}", $"/Staff/Filings/Details/{filing.Id}");
        await db.SaveChangesAsync();
        TempData["Saved"] = localizer["已报市民政局备案。"].Value;
        return RedirectToPage("Roster", new { id });
    }

    private async Task LoadAsync(Guid id)
    {
        Station = await RosterData.StationAsync(access, db, id);
        var (roster, names) = await RosterData.LoadAsync(db, Station.TenantId, id);
        Lines = roster.Snapshot(names);
        Problems = roster.Problems();
        (_, Pending, _) = await RosterData.FilingStateAsync(db, id, Lines);
    }
}
