namespace CommunityStation.Web.Pages.Visitors;

/// <summary>
/// The public directory, first level: the towns and subdistricts (city-level rows, one query), each linking to
/// its own list of stations (<see cref="TownModel"/>), which is read inside that tenant only (ADR 0004). No
/// page reads every tenant in turn, so the directory costs the same for 18 towns as for a province's 1,300.
/// </summary>
public sealed class StationsModel : ListPageModel<StationsModel.Town>
{
    private readonly AppDbContext _db;

    public StationsModel(AppDbContext db) => _db = db;

    public async Task OnGetAsync() =>
        Rows = await _db.Tenants.ToKeysetPageAsync(Request, k => k.By(t => t.Kind).Then(t => t.Code), t => new Town(t.Code, t.Name), defaultPageSize: Paging.MaxPageSize);

    public sealed record Town(string Code, string Name);
}
