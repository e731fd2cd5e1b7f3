using CommunityStation.Domain.Staffing;
using CommunityStation.Web.Infrastructure.Access;
using CommunityStation.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommunityStation.Web.Pages.Staff.Filings;

/// <summary>H6: the bureau's city-wide queue of rosters waiting to be acknowledged; the town's own filings.</summary>
public sealed class IndexModel : PageModel
{
    private readonly AppDbContext _db;
    private readonly UserAccess _access;

    public IndexModel(AppDbContext db, UserAccess access)
    {
        _db = db;
        _access = access;
    }

    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var filings = await _access.FilingsAsync("roster filings queue");
        if (!All)
        {
            filings = filings.Where(f => f.Status == FilingStatus.Filed);
        }

        Rows = await (from f in filings
                      join s in _db.Stations on new { f.TenantId, Id = f.StationId } equals new { s.TenantId, s.Id }
                      join t in _db.Tenants on f.TenantId equals t.Id
                      orderby f.FiledAt
                      select new Row(f.Id, t.Name, s.Name, f.Status, f.FiledBy, f.FiledAt, f.DecidedBy))
            .ToListAsync();
    }

    public sealed record Row(Guid Id, string Tenant, string Station, FilingStatus Status, string FiledBy, DateTimeOffset FiledAt, string? DecidedBy);
}
