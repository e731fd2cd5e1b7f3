using CommunityStation.Domain.ServiceDesk;

namespace CommunityStation.Web.Pages.Desk.Cases;

/// <summary>Queues: "my cases" for staff, the whole station for the head, the tenant's stations for town officials (read-only).</summary>
public sealed class IndexModel(AppDbContext db, UserAccess access, PortalClock clock) : PageModel
{
    /// <summary>"mine", "station" (default for the head and town) or "overdue".</summary>
    [BindProperty(SupportsGet = true)]
    public string? Queue { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Closed { get; set; }

    public PagedList<Row> Rows { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public OwnStation? Desk { get; private set; }

    public async Task OnGetAsync()
    {
        var cases = await access.CasesAsync();
        var desk = await access.OwnStationAsync();
        Desk = desk;
        Queue ??= desk is { IsHead: false } ? "mine" : "station";
        if (Queue == "mine" && desk is not null)
        {
            cases = cases.Where(c => c.OwnerId == desk.UserId);
        }

        if (!Closed)
        {
            cases = cases.Where(ServiceCase.Open);
        }

        var today = clock.Today;
        if (Queue == "overdue")
        {
            cases = cases.Where(ServiceCase.IsOverdueAt(today));
        }

        Rows = await (from c in cases
                      join s in db.Stations on new { c.TenantId, Id = c.StationId } equals new { s.TenantId, s.Id }
                      select new { c, Station = s.Name })
            .ToKeysetPageAsync(
                Request,
                k => k.By(x => x.c.PromisedBy).Then(x => x.c.ReceivedAt).Then(x => x.c.Id),
                x => new Row(x.c.Id, x.c.Number, x.Station, x.c.DutyAreaCode, x.c.Status, x.c.OwnerName, x.c.ReceivedAt, x.c.PromisedBy, ServiceCase.IsOverdue(x.c.Status, x.c.PromisedBy, today)));
    }

    public sealed record Row(Guid Id, string Number, string Station, string AreaCode, CaseStatus Status, string Owner, DateTimeOffset ReceivedAt, DateOnly PromisedBy, bool Overdue);
}
