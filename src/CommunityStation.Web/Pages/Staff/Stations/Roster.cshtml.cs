using CommunityStation.Domain.Staffing;

namespace CommunityStation.Web.Pages.Staff.Stations;

/// <summary>
/// A station's posts and who does what (S3–S5) and its filing state (H6). Read-only; the changes are
/// their own pages: Appoint, Post (duties, end), Deploy (H5) and File (H6).
/// </summary>
public sealed class RosterModel(AppDbContext db, UserAccess access) : PageModel
{
    public StationInfo Station { get; private set; } = null!;

    public StationRoster Roster { get; private set; } = null!;

    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>B4/H6: posts standing vacant; shown, and the roster can still be filed.</summary>
    public IReadOnlyList<PostKind> Vacancies { get; private set; } = [];

    public RosterFilingState FilingState { get; private set; }

    public RosterFiling? Pending { get; private set; }

    public RosterFiling? LastAcknowledged { get; private set; }

    public bool CanEdit => access.Can(Capability.EditRosters);

    public async Task OnGetAsync(Guid id)
    {
        Station = await RosterData.StationAsync(access, db, id);
        (Roster, Names) = await RosterData.LoadAsync(db, Station.TenantId, id);
        Vacancies = Roster.Vacancies();
        (LastAcknowledged, Pending, FilingState) = await RosterData.FilingStateAsync(db, id, Roster.Snapshot(Names));
    }
}
