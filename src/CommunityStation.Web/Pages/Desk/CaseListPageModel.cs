namespace CommunityStation.Web.Pages.Desk;

/// <summary>
/// What the two lists of cases share (the queues, <c>Cases/Index</c>, and the ledger, <c>Ledger</c>): the duty-area and
/// station filters, and the stations a user who sees several (a town official) may choose from.
/// </summary>
public abstract class CaseListPageModel<TRow> : ListPageModel<TRow>
{
    [BindProperty(SupportsGet = true)]
    public string? Area { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Station { get; set; }

    /// <summary>The stations the user may see, offered when there are several (a town official's).</summary>
    public IReadOnlyList<(Guid Id, string Name)> Stations { get; private set; } = [];

    /// <summary>The cases the user may see, narrowed by the duty area and the station chosen.</summary>
    protected async Task<IQueryable<ServiceCase>> ChosenCasesAsync(UserAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        return (await access.CasesAsync()).WhereChosen(Area, area => c => c.DutyAreaCode == area).WhereChosen(Station, station => c => c.StationId == station);
    }

    protected async Task LoadStationsAsync(UserAccess access, string purpose)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (access.Reach is Reach.Station or Reach.Community)
        {
            // One station at the most in reach: there is nothing to choose, so no query.
            return;
        }

        var stations = await (await access.StationsAsync(purpose)).OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync();
        Stations = stations.Count > 1 ? [.. stations.Select(s => (s.Id, s.Name))] : [];
    }
}
