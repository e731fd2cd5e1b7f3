using System.Linq.Expressions;
using CommunityStation.Domain.Staffing;

namespace CommunityStation.Web.Pages.Staff.Filings;

/// <summary>
/// H6: the bureau's city-wide queue of rosters waiting to be acknowledged; the town's own filings. Narrowed by
/// status, tenant (the bureau), station name and the Beijing day filed; paged and exported with the filter.
/// </summary>
public sealed class IndexModel(AppDbContext db, UserAccess access, IStringLocalizer<SharedResource> localizer) : TenantListPageModel<IndexModel.Row>
{
    private const string Purpose = "roster filings queue";

    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    [BindProperty(SupportsGet = true)]
    public FilingStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public async Task OnGetAsync() => Rows = await (await QueryAsync()).ToKeysetPageAsync(Request, Order, ToRow);

    public async Task<IActionResult> OnGetExportAsync(string format)
    {
        var query = (await QueryAsync()).OrderedBy(Order).Select(ToRow);
        string[] header = [localizer["镇（街道）"], localizer["工作站"], localizer["状态"], localizer["报送人"], localizer["报送时间"], localizer["处理人"], localizer["处理时间"], localizer["报送时间（UTC）"], localizer["处理时间（UTC）"]];
        return await ExportAsync(format, "filings", localizer["名单备案"], header, query, r =>
        [
            r.Tenant, r.Station, localizer[Labels.Filing(r.Status)], r.FiledBy, PortalClock.Shown(r.FiledAt), r.DecidedBy,
            r.DecidedAt is { } at ? PortalClock.Shown(at) : null, PortalClock.Utc(r.FiledAt), r.DecidedAt is { } utc ? PortalClock.Utc(utc) : null,
        ]);
    }

    private async Task<IQueryable<Listed>> QueryAsync()
    {
        await ReadScopeAsync(access, db, Purpose);
        var filings = await access.FilingsAsync(Purpose);

        // The queue is what waits for the bureau; "all", or a status chosen, shows the rest.
        if (Status is { } status)
        {
            filings = filings.Where(f => f.Status == status);
        }
        else if (!All)
        {
            filings = filings.Where(f => f.Status == FilingStatus.Filed);
        }

        filings = filings.WhereChosen(TenantFilter, tenant => f => f.TenantId == tenant);

        // Whole Beijing days, both ends inclusive, as the times are shown.
        if (From is { } from)
        {
            var start = PortalClock.StartOfDayUtc(from);
            filings = filings.Where(f => f.Filed.At >= start);
        }

        if (To is { } to && to < DateOnly.MaxValue)
        {
            var end = PortalClock.StartOfDayUtc(to.AddDays(1));
            filings = filings.Where(f => f.Filed.At < end);
        }

        var query = from f in filings
                    join s in db.Stations on new { f.TenantId, Id = f.StationId } equals new { s.TenantId, s.Id }
                    join t in db.Tenants on f.TenantId equals t.Id
                    select new Listed { Filing = f, Station = s.Name, Tenant = t.Name };
        return SearchTerm is { } term ? query.Where(x => x.Station.Contains(term)) : query;
    }

    private static Keyset<Listed> Order(Keyset<Listed> keys) => keys.By(x => x.Filing.Filed.At).Then(x => x.Filing.Id);

    private static readonly Expression<Func<Listed, Row>> ToRow =
        x => new Row(x.Filing.Id, x.Tenant, x.Station, x.Filing.Status, x.Filing.Filed.By, x.Filing.Filed.At, x.Filing.Decided!.By, (DateTimeOffset?)x.Filing.Decided!.At);

    /// <summary>A filing with its station's and town's names, before projection (member initialisation, so EF can filter and seek on it).</summary>
    private sealed class Listed
    {
        public required RosterFiling Filing { get; init; }

        public required string Station { get; init; }

        public required string Tenant { get; init; }
    }

    public sealed record Row(Guid Id, string Tenant, string Station, FilingStatus Status, string FiledBy, DateTimeOffset FiledAt, string? DecidedBy, DateTimeOffset? DecidedAt);
}
