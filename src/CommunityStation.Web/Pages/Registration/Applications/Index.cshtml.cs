using CommunityStation.Domain.Registration;

namespace CommunityStation.Web.Pages.Registration.Applications;

/// <summary>
/// Applications the user may see. "My queue" is what waits for the user's role, oldest first with days
/// waiting: the town's (submitted or sent back by the bureau) or the bureau's (agreed by a town).
/// </summary>
public sealed class IndexModel(AppDbContext db, UserAccess access, PortalClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    public PagedList<Row> Rows { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public bool HasQueue => access.Can(Capability.DecideAsTown) || access.Can(Capability.RegisterStations);

    public bool CanApply => access.Can(Capability.ApplyForStation);

    public async Task OnGetAsync()
    {
        var visible = await access.ApplicationsAsync("application list");
        if (HasQueue && !All)
        {
            var waiting = ApplicationTurn.WaitingFor(access.Actor.Role);
            visible = visible.Where(a => waiting.Contains(a.Status));
        }

        var today = clock.UtcNow;
        var rows = await (from a in visible
                          join c in db.Communities on new { a.TenantId, Id = a.CommunityId } equals new { c.TenantId, c.Id }
                          join t in db.Tenants on a.TenantId equals t.Id
                          select new { a, Community = c.Name, Tenant = t.Name, Since = a.QueuedAt ?? a.Created.At })
            .ToKeysetPageAsync(
                Request,
                k => k.By(x => x.Since).Then(x => x.a.Id),
                x => new Row(x.a.Id, x.Tenant, x.Community, x.a.StationName, x.a.Kind, x.a.Status, x.a.Round, x.Since, x.a.LastActor));
        Rows = rows.Select(r => r with { DaysWaiting = (int)(today - r.Since).TotalDays });
    }

    public sealed record Row(Guid Id, string Tenant, string Community, string StationName, ApplicationKind Kind, ApplicationStatus Status, int Round, DateTimeOffset Since, string? LastActor)
    {
        public int DaysWaiting { get; init; }
    }
}
