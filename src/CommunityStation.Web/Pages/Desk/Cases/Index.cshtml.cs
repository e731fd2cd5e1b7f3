using System.Linq.Expressions;
using CommunityStation.Domain.ServiceDesk;

namespace CommunityStation.Web.Pages.Desk.Cases;

/// <summary>
/// Queues: "my cases" for staff, the whole station for the head, the tenant's stations for town officials
/// (read-only). A search finds a case by its receipt number, the resident's name or the resident's phone.
/// </summary>
public sealed class IndexModel(AppDbContext db, UserAccess access, PortalClock clock) : PageModel
{
    /// <summary>"mine", "station" (default for the head and town) or "overdue".</summary>
    [BindProperty(SupportsGet = true)]
    public string? Queue { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Closed { get; set; }

    /// <summary>A receipt number, a resident's name or (part of) a resident's phone.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    public PagedList<Row> Rows { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public OwnStation? Desk { get; private set; }

    public async Task OnGetAsync()
    {
        var cases = await access.CasesAsync();
        var residents = await access.ResidentsAsync();
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

        var query = from c in cases
                    join s in db.Stations on new { c.TenantId, Id = c.StationId } equals new { s.TenantId, s.Id }
                    join r in residents on new { c.TenantId, Id = c.ResidentId } equals new { r.TenantId, Id = (Guid?)r.Id } into rs
                    from r in rs.DefaultIfEmpty()
                    select new Listed { Case = c, Station = s.Name, ResidentName = r == null ? null : r.Name, ResidentPhone = r == null ? null : r.Phone };
        query = Searched(query, Search);

        var page = await query.ToKeysetPageAsync(
            Request,
            k => k.By(x => x.Case.PromisedBy).Then(x => x.Case.ReceivedAt).Then(x => x.Case.Id),
            x => new Row(x.Case.Id, x.Case.Number, x.Station, x.Case.DutyAreaCode, x.Case.Status, x.Case.OwnerName, x.Case.ReceivedAt, x.Case.PromisedBy, ServiceCase.IsOverdue(x.Case.Status, x.Case.PromisedBy, today), x.ResidentName, x.ResidentPhone));

        // Phones leave the database whole and are masked here: a list never shows a whole phone.
        Rows = page.Select(r => r with { ResidentPhone = r.ResidentPhone is null ? null : Masking.MaskPhone(r.ResidentPhone) });
    }

    /// <summary>
    /// Codes (receipt numbers, phones) are folded to half-width as they are typed with a Chinese input
    /// method; a phone is matched on its digits alone (stored landlines carry a dash after the area code).
    /// </summary>
    private static IQueryable<Listed> Searched(IQueryable<Listed> query, string? search)
    {
        if (string.IsNullOrWhiteSpace(search))
        {
            return query;
        }

        var name = TextNormalizer.Text(search);
        var code = TextNormalizer.FoldWidth(search);
        var digits = new string([.. code.Where(c => c is not (' ' or '-'))]);
        var isPhone = digits.Length >= 3 && digits.All(char.IsAsciiDigit);
        return query.Where(x => x.Case.Number.Contains(code)
            || (x.ResidentName != null && x.ResidentName.Contains(name))
            || (isPhone && x.ResidentPhone != null && x.ResidentPhone.Replace("-", "").Contains(digits)));
    }

    /// <summary>A case with the names it is shown with, before projection (member initialisation, so EF can filter, sort and seek on it).</summary>
    private sealed class Listed
    {
        public required ServiceCase Case { get; init; }

        public required string Station { get; init; }

        public required string? ResidentName { get; init; }

        public required string? ResidentPhone { get; init; }
    }

    public sealed record Row(Guid Id, string Number, string Station, string AreaCode, CaseStatus Status, string Owner, DateTimeOffset ReceivedAt, DateOnly PromisedBy, bool Overdue, string? ResidentName, string? ResidentPhone);
}
