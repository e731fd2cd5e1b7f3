using System.Linq.Expressions;
using CommunityStation.Domain.Communities;

namespace CommunityStation.Web.Pages.Communities;

/// <summary>
/// Communities of the user's tenant; for the bureau and admin, of every tenant (city-read mode,
/// audited), read-only. Filtered by tenant, name, whether the RC term has run out and whether merged-away communities show; exported with the same filter.
/// </summary>
public sealed class IndexModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> localizer) : TenantListPageModel<IndexModel.Row>
{
    /// <summary>"current" (the RC term runs today) or "ended"; anything else shows both.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Term { get; set; }

    /// <summary>Also the communities merged into others (retired), which stay readable.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Retired { get; set; }

    public async Task OnGetAsync() => Rows = await (await QueryAsync()).ToKeysetPageAsync(Request, Order, ToRow);

    public async Task<IActionResult> OnGetExportAsync(string format)
    {
        var query = (await QueryAsync()).OrderedBy(Order).Select(ToRow);
        string[] header = [localizer["镇（街道）"], localizer["社区"], localizer["户数"], localizer["居委会任期起"], localizer["居委会任期止"], localizer["居委会主任"], localizer["党组织书记"]];
        return await ExportAsync(format, "communities", localizer["社区"], header, query, r =>
        [
            r.Tenant, r.Name, r.Households.ToString(CultureInfo.InvariantCulture), r.RcTermStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            r.RcTermEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.RcDirector, r.PartySecretary,
        ]);
    }

    private async Task<IQueryable<Listed>> QueryAsync()
    {
        await ReadScopeAsync(access, db, "communities: city-wide list");
        var query = from c in await access.CommunitiesAsync("communities: city-wide list")
                    join t in db.Tenants on c.TenantId equals t.Id
                    select new Listed { Community = c, Tenant = t.Name };
        query = query.WhereChosen(TenantFilter, tenant => x => x.Community.TenantId == tenant).WhereChosen(SearchTerm, term => x => x.Community.Name.Contains(term));

        if (!Retired)
        {
            query = query.Where(x => x.Community.RetiredOn == null);
        }

        var today = clock.Today;
        query = Term switch
        {
            "current" => query.Where(x => x.Community.RcTermEnd >= today),
            "ended" => query.Where(x => x.Community.RcTermEnd < today),
            _ => query,
        };
        return query;
    }

    private static Keyset<Listed> Order(Keyset<Listed> keys) => keys.By(x => x.Tenant).Then(x => x.Community.Name).Then(x => x.Community.Id);

    private static readonly Expression<Func<Listed, Row>> ToRow =
        x => new Row(x.Community.Id, x.Tenant, x.Community.Name, x.Community.Households, x.Community.RcTermStart, x.Community.RcTermEnd, x.Community.RcDirectorName, x.Community.PartySecretaryName, x.Community.RetiredOn);

    /// <summary>A community with its town's name, before projection (member initialisation, so EF can filter and seek on it).</summary>
    private sealed class Listed
    {
        public required Community Community { get; init; }

        public required string Tenant { get; init; }
    }

    public sealed record Row(Guid Id, string Tenant, string Name, int Households, DateOnly RcTermStart, DateOnly RcTermEnd, string? RcDirector, string? PartySecretary, DateOnly? RetiredOn);
}
