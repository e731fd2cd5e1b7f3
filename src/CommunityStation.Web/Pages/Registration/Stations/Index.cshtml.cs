using System.Linq.Expressions;

namespace CommunityStation.Web.Pages.Registration.Stations;

/// <summary>
/// The station register: towns see their own tenant's stations, the bureau every tenant's, with the B1
/// roll-out per tenant (communities vs applications in progress vs registered stations). Exports to
/// XLSX and CSV with the same filters.
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = AppRoles.TownOfficial + "," + AppRoles.Bureau + "," + AppRoles.Admin)]
public sealed class IndexModel(AppDbContext db, UserAccess access, IStringLocalizer<SharedResource> localizer) : TenantListPageModel<IndexModel.Row>
{
    [BindProperty(SupportsGet = true)]
    public StationStatus? Status { get; set; }

    public IReadOnlyList<RolloutRow> Rollout { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Rows = await (await QueryAsync()).ToKeysetPageAsync(Request, Order, ToRow);
        if (CityWide)
        {
            // B1 per tenant in one statement (three counts per tenant as subqueries), not one query per figure.
            var counts = await db.Tenants.Select(t => new
            {
                t.Id,
                Communities = db.Communities.Count(c => c.TenantId == t.Id),
                InProgress = db.StationApplications.Count(a => a.TenantId == t.Id && a.Status != ApplicationStatus.Registered && a.Kind == ApplicationKind.Establish),
                Registered = db.Stations.Count(s => s.TenantId == t.Id && s.Status == StationStatus.Registered),
            }).ToDictionaryAsync(c => c.Id);
            Rollout = Tenants.Select(t => counts.TryGetValue(t.Id, out var c)
                ? new RolloutRow(t.Name, c.Communities, c.InProgress, c.Registered)
                : new RolloutRow(t.Name, 0, 0, 0)).ToList();
        }
    }

    /// <summary>Every station the filter shows, streamed as it is read.</summary>
    public async Task<IActionResult> OnGetExportAsync(string format)
    {
        var query = (await QueryAsync()).OrderedBy(Order).Select(ToRow);
        string[] header = [localizer["镇（街道）"], localizer["社区"], localizer["工作站名称"], localizer["状态"], localizer["登记证号"], localizer["统一社会信用代码"], localizer["登记日期"], localizer["站长"], localizer["办公地址"]];
        return await ExportAsync(format, "stations", localizer["工作站登记台账"], header, query, r =>
        [
            r.Tenant, r.Community, r.Name, localizer["工作站状态." + r.Status], r.RegistrationNumber, r.Uscc,
            r.RegistrationDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.HeadName, r.PremisesAddress,
        ]);
    }

    private async Task<IQueryable<Listed>> QueryAsync()
    {
        await ReadScopeAsync(access, db, "station register");
        var query = from s in db.Stations
                    join c in db.Communities on new { s.TenantId, Id = s.CommunityId } equals new { c.TenantId, c.Id }
                    join t in db.Tenants on s.TenantId equals t.Id
                    select new Listed { Station = s, Community = c.Name, Tenant = t.Name };
        return query.WhereChosen(TenantFilter, tenant => x => x.Station.TenantId == tenant)
            .WhereChosen(Status, status => x => x.Station.Status == status)
            .WhereChosen(SearchTerm, term => x => x.Station.Name.Contains(term) || x.Station.RegistrationNumber.Contains(term));
    }

    private static Keyset<Listed> Order(Keyset<Listed> keys) => keys.By(x => x.Tenant).Then(x => x.Community).Then(x => x.Station.Id);

    private static readonly Expression<Func<Listed, Row>> ToRow =
        x => new Row(x.Station.Id, x.Tenant, x.Community, x.Station.Name, x.Station.Status, x.Station.RegistrationNumber, x.Station.Uscc, x.Station.RegistrationDate, x.Station.HeadName, x.Station.PremisesAddress);

    /// <summary>A station with its community and town, before projection (built by member initialisation, so EF can filter and sort on it).</summary>
    private sealed class Listed
    {
        public required Station Station { get; init; }

        public required string Community { get; init; }

        public required string Tenant { get; init; }
    }

    public sealed record Row(Guid Id, string Tenant, string Community, string Name, StationStatus Status, string RegistrationNumber, string Uscc, DateOnly RegistrationDate, string HeadName, string PremisesAddress);

    public sealed record RolloutRow(string Tenant, int Communities, int InProgress, int Registered);
}
