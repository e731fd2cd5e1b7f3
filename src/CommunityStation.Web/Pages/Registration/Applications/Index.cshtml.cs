using CommunityStation.Domain.Registration;
using CommunityStation.Infrastructure.Identity;
using CommunityStation.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommunityStation.Web.Pages.Registration.Applications;

/// <summary>
/// Applications the user may see. "My queue" is what waits for the user's role, oldest first with days
/// waiting: the town's (submitted or sent back by the bureau) or the bureau's (agreed by a town).
/// </summary>
public sealed class IndexModel : PageModel
{
    private readonly AppDbContext _db;

    public IndexModel(AppDbContext db)
    {
        _db = db;
    }

    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public bool HasQueue => User.IsInRole(AppRoles.TownOfficial) || User.IsInRole(AppRoles.Bureau);

    public async Task OnGetAsync()
    {
        var visible = await ApplicationAccess.VisibleAsync(_db, User, "application list");
        if (HasQueue && !All)
        {
            ApplicationStatus[] waiting = User.IsInRole(AppRoles.Bureau)
                ? [ApplicationStatus.AgreedByTown]
                : [ApplicationStatus.SubmittedToTown, ApplicationStatus.ReturnedToTown];
            visible = visible.Where(a => waiting.Contains(a.Status));
        }

        var today = DateTimeOffset.UtcNow;
        var rows = await (from a in visible
                          join c in _db.Communities on new { a.TenantId, Id = a.CommunityId } equals new { c.TenantId, c.Id }
                          join t in _db.Tenants on a.TenantId equals t.Id
                          orderby a.QueuedAt ?? a.CreatedAt
                          select new Row(a.Id, t.Name, c.Name, a.StationName, a.Kind, a.Status, a.Round, a.QueuedAt ?? a.CreatedAt, a.LastActor))
            .ToListAsync();
        Rows = rows.Select(r => r with { DaysWaiting = (int)(today - r.Since).TotalDays }).ToList();
    }

    public sealed record Row(Guid Id, string Tenant, string Community, string StationName, ApplicationKind Kind, ApplicationStatus Status, int Round, DateTimeOffset Since, string? LastActor)
    {
        public int DaysWaiting { get; init; }
    }
}
