using System.Linq.Expressions;

namespace CommunityStation.Web.Pages.Desk.Cases;

/// <summary>
/// Queues: "my cases" for staff, the whole station for the head, the tenant's stations for town officials
/// (read-only). A search finds a case by its receipt number, the resident's name or the resident's phone;
/// filters narrow by duty area and station (a town's). The export holds every case the filter shows, phones masked.
/// </summary>
public sealed class IndexModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> localizer) : CaseListPageModel<IndexModel.Row>
{
    /// <summary>"mine", "station" (default for the head and town) or "overdue".</summary>
    [BindProperty(SupportsGet = true)]
    public string? Queue { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Closed { get; set; }

    /// <summary>A receipt number, a resident's name or (part of) a resident's phone.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    public OwnStation? Desk { get; private set; }

    public async Task OnGetAsync()
    {
        var today = clock.Today;
        var page = await (await QueryAsync()).ToKeysetPageAsync(Request, Order, Projection(today));

        // Phones leave the database whole and are masked here: a list never shows a whole phone.
        Rows = page.Select(Masked);
        await LoadStationsAsync(access, "case list");
    }

    public async Task<IActionResult> OnGetExportAsync(string format)
    {
        var query = (await QueryAsync()).OrderedBy(Order).Select(Projection(clock.Today));
        string[] header = [localizer["受理编号"], localizer["居民"], localizer["联系电话"], localizer["工作站"], localizer["职责领域"], localizer["状态"], localizer["已超期"], localizer["经办人"], localizer["受理时间"], localizer["承诺办结日期"], localizer["受理时间（UTC）"]];
        return await ExportAsync(format, "cases", localizer["案件"], header, query, row =>
        {
            var r = Masked(row);
            return
            [
                r.Number, r.ResidentName, r.ResidentPhone, r.Station, localizer[Labels.Area(r.AreaCode)], localizer[Labels.CaseStatus(r.Status)], r.Overdue ? localizer["是"] : localizer["否"],
                r.Owner, PortalClock.Shown(r.ReceivedAt), r.PromisedBy.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), PortalClock.Utc(r.ReceivedAt),
            ];
        });
    }

    private async Task<IQueryable<Listed>> QueryAsync()
    {
        // The own station first: once it is read, the cases and residents are scoped by its id, not by a subquery.
        var desk = await access.OwnStationAsync();
        Desk = desk;
        var cases = await ChosenCasesAsync(access);
        var residents = await access.ResidentsAsync();
        Queue ??= desk is { IsHead: false } ? "mine" : "station";
        if (Queue == "mine" && desk is not null)
        {
            cases = cases.Where(c => c.OwnerId == desk.UserId);
        }

        if (!Closed)
        {
            cases = cases.Where(ServiceCase.Open);
        }

        if (Queue == "overdue")
        {
            cases = cases.Where(ServiceCase.IsOverdueAt(clock.Today));
        }

        var query = from c in cases
                    join s in db.Stations on new { c.TenantId, Id = c.StationId } equals new { s.TenantId, s.Id }
                    join r in residents on new { c.TenantId, Id = c.ResidentId } equals new { r.TenantId, Id = (Guid?)r.Id } into rs
                    from r in rs.DefaultIfEmpty()
                    select new Listed { Case = c, Station = s.Name, ResidentName = r == null ? null : r.Name, ResidentPhone = r == null ? null : r.Phone };
        return Searched(query, Search);
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

    private static Keyset<Listed> Order(Keyset<Listed> keys) => keys.By(x => x.Case.PromisedBy).Then(x => x.Case.ReceivedAt).Then(x => x.Case.Id);

    private static Expression<Func<Listed, Row>> Projection(DateOnly today) =>
        x => new Row(x.Case.Id, x.Case.Number, x.Station, x.Case.DutyAreaCode, x.Case.Status, x.Case.OwnerName, x.Case.ReceivedAt, x.Case.PromisedBy, ServiceCase.IsOverdue(x.Case.Status, x.Case.PromisedBy, today), x.ResidentName, x.ResidentPhone);

    private static Row Masked(Row r) => r with { ResidentPhone = r.ResidentPhone is null ? null : Masking.MaskPhone(r.ResidentPhone) };

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
