using CommunityStation.Domain.Staffing;

namespace CommunityStation.Web.Pages.Staff.Filings;

/// <summary>H6: the bureau's city-wide queue of rosters waiting to be acknowledged; the town's own filings.</summary>
public sealed class IndexModel(AppDbContext db, UserAccess access) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var filings = await access.FilingsAsync("roster filings queue");
        if (!All)
        {
            filings = filings.Where(f => f.Status == FilingStatus.Filed);
        }

        Rows = await (from f in filings
                      join s in db.Stations on new { f.TenantId, Id = f.StationId } equals new { s.TenantId, s.Id }
                      join t in db.Tenants on f.TenantId equals t.Id
                      orderby f.Filed.At
                      select new Row(f.Id, t.Name, s.Name, f.Status, f.Filed.By, f.Filed.At, f.Decided!.By))
            .ToListAsync();
    }

    public sealed record Row(Guid Id, string Tenant, string Station, FilingStatus Status, string FiledBy, DateTimeOffset FiledAt, string? DecidedBy);
}
