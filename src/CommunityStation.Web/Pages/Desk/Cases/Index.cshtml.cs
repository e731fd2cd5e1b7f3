using CommunityStation.Domain.ServiceDesk;
using CommunityStation.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommunityStation.Web.Pages.Desk.Cases;

/// <summary>Queues: "my cases" for staff, the whole station for the head, the tenant's stations for town officials (read-only).</summary>
public sealed class IndexModel : PageModel
{
    private readonly AppDbContext _db;

    public IndexModel(AppDbContext db)
    {
        _db = db;
    }

    /// <summary>"mine", "station" (default for the head and town) or "overdue".</summary>
    [BindProperty(SupportsGet = true)]
    public string? Queue { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Closed { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public DeskContext? Desk { get; private set; }

    public async Task OnGetAsync()
    {
        var (cases, desk) = await CaseAccess.VisibleAsync(_db, User);
        Desk = desk;
        Queue ??= desk is { IsHead: false } ? "mine" : "station";
        if (Queue == "mine" && desk is not null)
        {
            cases = cases.Where(c => c.OwnerId == desk.UserId);
        }

        if (!Closed)
        {
            cases = cases.Where(c => c.Status != CaseStatus.Completed);
        }

        var today = CaseAccess.Today;
        if (Queue == "overdue")
        {
            cases = cases.Where(c => c.Status != CaseStatus.Completed && c.PromisedBy < today);
        }

        Rows = await (from c in cases
                      join s in _db.Stations on new { c.TenantId, Id = c.StationId } equals new { s.TenantId, s.Id }
                      orderby c.PromisedBy, c.ReceivedAt
                      select new Row(c.Id, c.Number, s.Name, c.DutyAreaCode, c.Status, c.OwnerName, c.ReceivedAt, c.PromisedBy, c.Status != CaseStatus.Completed && c.PromisedBy < today))
            .Take(500)
            .ToListAsync();
    }

    public sealed record Row(Guid Id, string Number, string Station, string AreaCode, CaseStatus Status, string Owner, DateTimeOffset ReceivedAt, DateOnly PromisedBy, bool Overdue);
}
