namespace CommunityStation.Web.Pages.Communities;

/// <summary>
/// Communities of the user's tenant; for the bureau and admin, of every tenant (city-read mode,
/// audited), read-only.
/// </summary>
public sealed class IndexModel(AppDbContext db, UserAccess access) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Tenant { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    public PagedList<Row> Rows { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public IReadOnlyList<TenantOption> Tenants { get; private set; } = [];

    public bool CityWide { get; private set; }

    public async Task OnGetAsync()
    {
        CityWide = access.IsCityLevel;
        if (CityWide)
        {
            await access.ReadAsync("communities: city-wide list");
            Tenants = await db.Tenants.OrderBy(t => t.Kind).ThenBy(t => t.Code)
                .Select(t => new TenantOption(t.Id, t.Name)).ToListAsync();
        }

        var query = from c in db.Communities
                    join t in db.Tenants on c.TenantId equals t.Id
                    select new { c, TenantName = t.Name };
        if (CityWide && Tenant is { } tenantId)
        {
            query = query.Where(x => x.c.TenantId == tenantId);
        }

        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = Search.Trim();
            query = query.Where(x => x.c.Name.Contains(term));
        }

        Rows = await query.ToKeysetPageAsync(
            Request,
            k => k.By(x => x.TenantName).Then(x => x.c.Name).Then(x => x.c.Id),
            x => new Row(x.c.Id, x.TenantName, x.c.Name, x.c.Households, x.c.RcTermStart, x.c.RcTermEnd, x.c.RcDirectorName, x.c.PartySecretaryName));
    }

    public sealed record Row(Guid Id, string Tenant, string Name, int Households, DateOnly RcTermStart, DateOnly RcTermEnd, string? RcDirector, string? PartySecretary);

    public sealed record TenantOption(Guid Id, string Name);
}
