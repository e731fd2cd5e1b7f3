using System.Linq.Expressions;

namespace CommunityStation.Web.Pages.Desk;

/// <summary>
/// The case ledger (台账) for a period, filtered by duty area, status, station (town officials see several),
/// desk (a station's staff see theirs) and staff member; printable and exported with the same filter.
/// </summary>
public sealed class LedgerModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> localizer) : CaseListPageModel<LedgerModel.Row>
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public CaseStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? DeskId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Staff { get; set; }

    /// <summary>The desks of the user's own station, offered to its staff.</summary>
    public IReadOnlyList<(Guid Id, int Number)> Desks { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Rows = await (await QueryAsync()).ToKeysetPageAsync(Request, Order, ToRow);
        await LoadStationsAsync(access, "case ledger");
        if (await access.OwnStationAsync() is { } own)
        {
            Desks = [.. (await (await access.DesksAsync()).Where(d => d.StationId == own.StationId).OrderBy(d => d.Number).Select(d => new { d.Id, d.Number }).ToListAsync()).Select(d => (d.Id, d.Number))];
        }
    }

    /// <summary>Every row of the period and filter, streamed as it is read: an export is never cut off.</summary>
    public async Task<IActionResult> OnGetExportAsync(string format)
    {
        var query = (await QueryAsync()).OrderedBy(Order).Select(ToRow);
        string[] header = [localizer["受理编号"], localizer["工作站"], localizer["受理时间"], localizer["职责领域"], localizer["服务事项"], localizer["受理渠道"], localizer["服务台"], localizer["经办人"], localizer["状态"], localizer["承诺办结日期"], localizer["办结时间"], localizer["办理结果"], localizer["受理时间（UTC）"], localizer["办结时间（UTC）"]];
        return await ExportAsync(format, $"ledger-{From:yyyyMMdd}-{To:yyyyMMdd}", localizer["服务台账"], header, query, r =>
        [
            r.Number, r.Station, PortalClock.Shown(r.ReceivedAt), localizer[Labels.Area(r.Area)], r.Item,
            localizer[Labels.CaseChannel(r.Channel)], r.Desk?.ToString(CultureInfo.InvariantCulture), r.Owner, localizer[Labels.CaseStatus(r.Status)],
            r.PromisedBy.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.CompletedAt is { } done ? PortalClock.Shown(done) : null, r.Result,
            PortalClock.Utc(r.ReceivedAt), r.CompletedAt is { } utc ? PortalClock.Utc(utc) : null,
        ]);
    }

    private async Task<IQueryable<Listed>> QueryAsync()
    {
        var today = clock.Today;
        From ??= new DateOnly(today.Year, today.Month, 1);
        To ??= today;
        if (To < From)
        {
            (From, To) = (To, From);
        }

        var start = PortalClock.StartOfDayUtc(From.Value);
        var end = PortalClock.StartOfDayUtc(To.Value.AddDays(1));
        var cases = (await ChosenCasesAsync(access)).Where(c => c.ReceivedAt >= start && c.ReceivedAt < end)
            .WhereChosen(Status, status => c => c.Status == status)
            .WhereChosen(DeskId, desk => c => c.DeskId == desk)
            .WhereChosen(Staff, staff => c => c.OwnerName.Contains(staff));

        var english = Labels.English;
        return from c in cases
               join s in db.Stations on new { c.TenantId, Id = c.StationId } equals new { s.TenantId, s.Id }
               join i in db.ServiceItems on c.ServiceItemId equals i.Id
               join d in db.Desks on new { c.TenantId, Id = c.DeskId ?? Guid.Empty } equals new { d.TenantId, d.Id } into desks
               from d in desks.DefaultIfEmpty()
               select new Listed { Case = c, Station = s.Name, Item = english && i.NameEn != "" ? i.NameEn : i.NameZh, Desk = d == null ? null : d.Number };
    }

    private static Keyset<Listed> Order(Keyset<Listed> keys) => keys.By(x => x.Case.ReceivedAt).Then(x => x.Case.Id);

    private static readonly Expression<Func<Listed, Row>> ToRow =
        x => new Row(x.Case.Id, x.Case.Number, x.Station, x.Case.ReceivedAt, x.Case.DutyAreaCode, x.Item, x.Case.Channel, x.Desk, x.Case.OwnerName, x.Case.Status, x.Case.PromisedBy, x.Case.CompletedAt, x.Case.Result);

    /// <summary>A case with the names it is shown with, before projection (member initialisation, so EF can sort and seek on it).</summary>
    private sealed class Listed
    {
        public required ServiceCase Case { get; init; }

        public required string Station { get; init; }

        public required string Item { get; init; }

        public required int? Desk { get; init; }
    }

    public sealed record Row(Guid Id, string Number, string Station, DateTimeOffset ReceivedAt, string Area, string Item, CaseChannel Channel, int? Desk, string Owner, CaseStatus Status, DateOnly PromisedBy, DateTimeOffset? CompletedAt, string? Result);
}
