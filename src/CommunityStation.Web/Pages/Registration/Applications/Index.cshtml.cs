using System.Linq.Expressions;
using CommunityStation.Domain.Registration;

namespace CommunityStation.Web.Pages.Registration.Applications;

/// <summary>
/// Applications the user may see. "My queue" is what waits for the user's role, oldest first with days
/// waiting: the town's (submitted or sent back by the bureau) or the bureau's (agreed by a town). Every
/// list narrows by kind, status, tenant (city-level users) and name; the export holds what the filter shows.
/// </summary>
public sealed class IndexModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> localizer) : TenantListPageModel<IndexModel.Row>
{
    private const string Purpose = "application list";

    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    [BindProperty(SupportsGet = true)]
    public ApplicationKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public ApplicationStatus? Status { get; set; }

    public bool HasQueue => access.Can(Capability.DecideAsTown) || access.Can(Capability.RegisterStations);

    public bool CanApply => access.Can(Capability.ApplyForStation);

    public async Task OnGetAsync()
    {
        var now = clock.UtcNow;
        Rows = (await (await QueryAsync()).ToKeysetPageAsync(Request, Order, ToRow)).Select(r => r with { DaysWaiting = (int)(now - r.Since).TotalDays });
    }

    public async Task<IActionResult> OnGetExportAsync(string format)
    {
        var query = (await QueryAsync()).OrderedBy(Order).Select(ToRow);
        var now = clock.UtcNow;
        string[] header = [localizer["镇（街道）"], localizer["社区"], localizer["工作站名称"], localizer["类型"], localizer["状态"], localizer["轮次"], localizer["进入当前环节"], localizer["等待天数"], localizer["最近办理人"], localizer["进入当前环节（UTC）"]];
        return await ExportAsync(format, "applications", localizer["工作站登记申请"], header, query, r =>
        [
            r.Tenant, r.Community, r.StationName, localizer[Labels.ApplicationKind(r.Kind)], localizer[Labels.ApplicationStatus(r.Status)], r.Round.ToString(CultureInfo.InvariantCulture),
            PortalClock.Shown(r.Since), ((int)(now - r.Since).TotalDays).ToString(CultureInfo.InvariantCulture), r.LastActor, PortalClock.Utc(r.Since),
        ]);
    }

    private async Task<IQueryable<Listed>> QueryAsync()
    {
        await ReadScopeAsync(access, db, Purpose);
        var visible = await access.ApplicationsAsync(Purpose);
        if (HasQueue && !All)
        {
            var waiting = ApplicationTurn.WaitingFor(access.Actor.Role);
            visible = visible.Where(a => waiting.Contains(a.Status));
        }

        visible = visible.WhereChosen(Kind, kind => a => a.Kind == kind)
            .WhereChosen(Status, status => a => a.Status == status)
            .WhereChosen(TenantFilter, tenant => a => a.TenantId == tenant);

        var query = from a in visible
                    join c in db.Communities on new { a.TenantId, Id = a.CommunityId } equals new { c.TenantId, c.Id }
                    join t in db.Tenants on a.TenantId equals t.Id
                    select new Listed { Application = a, Community = c.Name, Tenant = t.Name, Since = a.QueuedAt ?? a.Created.At };
        if (SearchTerm is { } term)
        {
            query = query.Where(x => x.Application.StationName.Contains(term) || x.Community.Contains(term));
        }

        return query;
    }

    private static Keyset<Listed> Order(Keyset<Listed> keys) => keys.By(x => x.Since).Then(x => x.Application.Id);

    private static readonly Expression<Func<Listed, Row>> ToRow =
        x => new Row(x.Application.Id, x.Tenant, x.Community, x.Application.StationName, x.Application.Kind, x.Application.Status, x.Application.Round, x.Since, x.Application.LastActor);

    /// <summary>An application with the names it is shown with, before projection (member initialisation, so EF can filter and seek on it).</summary>
    private sealed class Listed
    {
        public required StationApplication Application { get; init; }

        public required string Community { get; init; }

        public required string Tenant { get; init; }

        public required DateTimeOffset Since { get; init; }
    }

    public sealed record Row(Guid Id, string Tenant, string Community, string StationName, ApplicationKind Kind, ApplicationStatus Status, int Round, DateTimeOffset Since, string? LastActor)
    {
        public int DaysWaiting { get; init; }
    }
}
