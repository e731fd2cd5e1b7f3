using CommunityStation.Domain.Registration;

namespace CommunityStation.Web.Pages.Staff.Stations;

/// <summary>The town's stations with who heads them, how many staff, and whether the filed roster is current (H6).</summary>
public sealed class IndexModel(AppDbContext db, UserAccess access) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var stations = (await access.StationsAsync("station rosters")).Where(s => s.Status == StationStatus.Registered);

        var list = await stations.OrderBy(s => s.Name).Select(s => new { s.Id, s.TenantId, s.Name }).ToListAsync();
        var states = await db.FilingStatesAsync(list.Select(s => (s.Id, s.TenantId)).ToList());
        var rows = new List<Row>();
        foreach (var (s, state) in list.Zip(states))
        {
            var roster = state.Roster;
            var head = roster.Current.FirstOrDefault(p => p.Kind == Domain.Staffing.PostKind.Head);
            rows.Add(new Row(s.Id, s.Name, head is null ? null : state.Names.GetValueOrDefault(head.PersonId), roster.Current.Select(p => p.PersonId).Distinct().Count(),
                roster.Vacancies().Count == 0, state.OutOfDate, state.Pending));
        }

        Rows = rows;
    }

    public sealed record Row(Guid Id, string Name, string? Head, int People, bool Complete, bool FilingOutOfDate, bool FilingPending);
}
