using System.Linq.Expressions;
using CommunityStation.Domain.Registration;
using CommunityStation.Domain.ServiceDesk;

namespace CommunityStation.Web.Pages.Visitors;

/// <summary>
/// The public directory of registered stations, so residents find their station's page: first the towns (the
/// city-level tenant rows, one query: no page reads every tenant in turn, so it costs the same for 18 towns as for a
/// province's 1,300), then one town's stations, read inside that tenant only (ADR 0004)
/// (<c>/Public/Stations/{town}</c>), found by name or address, paged with a total and exported (public data only:
/// name, address, the station's own service phone and opening hours).
/// </summary>
public sealed class StationsModel(AppDbContext db, UserAccess access, IStringLocalizer<SharedResource> localizer) : ListPageModel<StationsModel.Row>
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    /// <summary>The towns in service (shown when no town is chosen).</summary>
    public IReadOnlyList<PublicTenant> Towns { get; private set; } = [];

    /// <summary>The chosen town (null: the list of towns).</summary>
    public (string Code, string Name)? Town { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? town)
    {
        if (town is null)
        {
            Towns = await TownsAsync();
            return Page();
        }

        if (await EnterAsync(town) is not { } query)
        {
            return NotFound();
        }

        Rows = await query.ToKeysetPageAsync(Request, Order, ToRow);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string? town, string format)
    {
        if (town is null || await EnterAsync(town) is not { } query)
        {
            return NotFound();
        }

        string[] header = [localizer["工作站名称"], localizer["办公地址"], localizer["服务电话"], localizer["办公时间"]];
        return await ExportAsync(format, $"stations-{town}", localizer["社区事务工作站"], header, query.OrderedBy(Order).Select(ToRow), r => [r.Name, r.Address, r.Phone, r.OpeningHours]);
    }

    /// <summary>Acts inside the town named in the address (ADR 0004) and reads its registered stations; null for an unknown town.</summary>
    private async Task<IQueryable<Listed>?> EnterAsync(string town)
    {
        if (await access.EnterPublicTenantAsync(town) is not { } tenant)
        {
            return null;
        }

        Town = (tenant.Code, tenant.Name);
        var stations = db.Stations.Where(s => s.Status == StationStatus.Registered);
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = TextNormalizer.Text(Search);
            stations = stations.Where(s => s.Name.Contains(term) || s.PremisesAddress.Contains(term));
        }

        return from s in stations
               join p in db.StationProfiles on new { s.TenantId, StationId = s.Id } equals new { p.TenantId, p.StationId } into profiles
               from p in profiles.DefaultIfEmpty()
               select new Listed { Station = s, Profile = p };
    }

    private async Task<IReadOnlyList<PublicTenant>> TownsAsync() =>
        await db.Tenants.Where(t => t.RetiredOn == null).OrderBy(t => t.Kind).ThenBy(t => t.Code).Select(t => new PublicTenant(t.Id, t.Code, t.Name)).ToListAsync();

    private static Keyset<Listed> Order(Keyset<Listed> keys) => keys.By(x => x.Station.Name).Then(x => x.Station.Id);

    private static readonly Expression<Func<Listed, Row>> ToRow =
        x => new Row(x.Station.Id, x.Station.Name, x.Station.PremisesAddress, x.Profile == null ? null : x.Profile.Phone, x.Profile == null ? null : x.Profile.OpeningHours);

    /// <summary>A station with its public profile, before projection (member initialisation, so EF can sort and seek on it).</summary>
    private sealed class Listed
    {
        public required Station Station { get; init; }

        public required StationProfile? Profile { get; init; }
    }

    public sealed record Row(Guid Id, string Name, string Address, string? Phone, string? OpeningHours);
}
