using CommunityStation.Domain.Staffing;

namespace CommunityStation.Web.Pages.Staff.Stations;

/// <summary>H6: the town files a station's current roster with the bureau.</summary>
public sealed class FileModel(AppDbContext db, PortalClock clock, UserAccess access, Notifier notifier, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public StationInfo Station { get; private set; } = null!;

    /// <summary>The roster as it would be filed.</summary>
    public IReadOnlyList<string> Lines { get; private set; } = [];

    /// <summary>B4/H6: posts standing vacant; they are filed as vacant, never a reason to refuse.</summary>
    public IReadOnlyList<PostKind> Vacancies { get; private set; } = [];

    public RosterFiling? Pending { get; private set; }

    public Task OnGetAsync(Guid id) => LoadAsync(id);

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        await LoadAsync(id);
        var filing = RosterFiling.File(Station.TenantId, Guid.CreateVersion7(), id, Lines, Pending is not null, access.Actor, clock.UtcNow);
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
        Vacancies = roster.Vacancies();
        (_, Pending, _) = await RosterData.FilingStateAsync(db, id, Lines);
    }
}
