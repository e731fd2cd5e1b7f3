using System.Globalization;
using CommunityStation.Domain.Registration;
using CommunityStation.Infrastructure.Identity;
using CommunityStation.Infrastructure.Persistence;
using CommunityStation.Web.Infrastructure.Access;
using CommunityStation.Web.Infrastructure.Export;
using CommunityStation.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityStation.Web.Pages.Registration.Stations;

/// <summary>
/// The station register: towns see their own tenant's stations, the bureau every tenant's, with the B1
/// roll-out per tenant (communities vs applications in progress vs registered stations). Exports to
/// XLSX and CSV with the same filters.
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = AppRoles.TownOfficial + "," + AppRoles.Bureau + "," + AppRoles.Admin)]
public sealed class IndexModel : PageModel
{
    private readonly AppDbContext _db;
    private readonly UserAccess _access;
    private readonly PortalClock _clock;
    private readonly IStringLocalizer<SharedResource> _l;

    public IndexModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> l)
    {
        _db = db;
        _access = access;
        _clock = clock;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public Guid? Tenant { get; set; }

    [BindProperty(SupportsGet = true)]
    public StationStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    public PagedList<Row> Rows { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public IReadOnlyList<RolloutRow> Rollout { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Tenants { get; private set; } = [];

    public bool CityWide => _access.IsCityLevel;

    public async Task OnGetAsync()
    {
        Rows = await (await QueryAsync()).ToPagedListAsync(Request);
        if (CityWide)
        {
            Tenants = (await _db.Tenants.OrderBy(t => t.Kind).ThenBy(t => t.Code).Select(t => new { t.Id, t.Name }).ToListAsync()).Select(t => (t.Id, t.Name)).ToList();
            var communities = await _db.Communities.GroupBy(c => c.TenantId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
            var inProgress = await _db.StationApplications.Where(a => a.Status != ApplicationStatus.Registered && a.Kind == ApplicationKind.Establish)
                .GroupBy(a => a.TenantId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
            var registered = await _db.Stations.Where(s => s.Status == StationStatus.Registered)
                .GroupBy(s => s.TenantId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
            Rollout = Tenants.Select(t => new RolloutRow(
                t.Name,
                communities.FirstOrDefault(c => c.Key == t.Id)?.Count ?? 0,
                inProgress.FirstOrDefault(c => c.Key == t.Id)?.Count ?? 0,
                registered.FirstOrDefault(c => c.Key == t.Id)?.Count ?? 0)).ToList();
        }
    }

    public async Task<IActionResult> OnGetExportAsync(string format)
    {
        var rows = await (await QueryAsync()).ToListAsync();
        string[] header = [_l["镇（街道）"], _l["社区"], _l["工作站名称"], _l["状态"], _l["登记证号"], _l["统一社会信用代码"], _l["登记日期"], _l["站长"], _l["办公地址"]];
        var data = rows.Select(r => (IReadOnlyList<string?>)
        [
            r.Tenant, r.Community, r.Name, _l["工作站状态." + r.Status], r.RegistrationNumber, r.Uscc,
            r.RegistrationDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.HeadName, r.PremisesAddress,
        ]).ToList();
        var stamp = PortalClock.ToBeijing(_clock.UtcNow).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        return string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase)
            ? File(TableExport.ToCsv(header, data), "text/csv; charset=utf-8", $"stations-{stamp}.csv")
            : File(TableExport.ToXlsx(_l["工作站登记台账"], header, data), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"stations-{stamp}.xlsx");
    }

    private async Task<IQueryable<Row>> QueryAsync()
    {
        if (CityWide)
        {
            await _access.ReadAsync("station register");
        }

        var query = from s in _db.Stations
                    join c in _db.Communities on new { s.TenantId, Id = s.CommunityId } equals new { c.TenantId, c.Id }
                    join t in _db.Tenants on s.TenantId equals t.Id
                    select new { s, Community = c.Name, Tenant = t.Name };
        if (CityWide && Tenant is { } tenantId)
        {
            query = query.Where(x => x.s.TenantId == tenantId);
        }

        if (Status is { } status)
        {
            query = query.Where(x => x.s.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = Search.Trim();
            query = query.Where(x => x.s.Name.Contains(term) || x.s.RegistrationNumber.Contains(term));
        }

        return query.OrderBy(x => x.Tenant).ThenBy(x => x.Community).ThenBy(x => x.s.Id)
            .Select(x => new Row(x.s.Id, x.Tenant, x.Community, x.s.Name, x.s.Status, x.s.RegistrationNumber, x.s.Uscc, x.s.RegistrationDate, x.s.HeadName, x.s.PremisesAddress));
    }

    public sealed record Row(Guid Id, string Tenant, string Community, string Name, StationStatus Status, string RegistrationNumber, string Uscc, DateOnly RegistrationDate, string HeadName, string PremisesAddress);

    public sealed record RolloutRow(string Tenant, int Communities, int InProgress, int Registered);
}
