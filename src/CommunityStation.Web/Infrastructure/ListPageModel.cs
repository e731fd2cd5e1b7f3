namespace CommunityStation.Web.Infrastructure;

/// <summary>A list page: one keyset page of rows at a time (<see cref="Paging"/> and _Pager.cshtml).</summary>
public abstract class ListPageModel<TRow> : PageModel
{
    public PagedList<TRow> Rows { get; protected set; } = new([], 0, 1, Paging.DefaultPageSize);
}

/// <summary>
/// A list that everyone narrows by a search term and city-level users also by tenant: the same filter
/// names (<c>?tenant=…&amp;search=…</c>) and the same audited city-wide read on every such list.
/// </summary>
public abstract class TenantListPageModel<TRow> : ListPageModel<TRow>
{
    [BindProperty(SupportsGet = true)]
    public Guid? Tenant { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    /// <summary>Whether the user sees every tenant (set by <see cref="ReadScopeAsync"/>).</summary>
    public bool CityWide { get; private set; }

    /// <summary>The tenant filter's choices; empty unless <see cref="CityWide"/>.</summary>
    public IReadOnlyList<TenantOption> Tenants { get; private set; } = [];

    /// <summary>The tenant filter as it applies: only a city-level user chooses a tenant.</summary>
    protected Guid? TenantFilter => CityWide ? Tenant : null;

    /// <summary>The search term without surrounding blanks; null when there is none.</summary>
    protected string? SearchTerm => string.IsNullOrWhiteSpace(Search) ? null : Search.Trim();

    /// <summary>For a city-level user: enters the audited city-read mode for <paramref name="purpose"/> and lists the tenants.</summary>
    protected async Task ReadScopeAsync(UserAccess access, AppDbContext db, string purpose)
    {
        ArgumentNullException.ThrowIfNull(access);
        CityWide = access.IsCityLevel;
        if (CityWide)
        {
            await access.ReadAsync(purpose);
            Tenants = await TenantOption.ListAsync(db);
        }
    }
}

/// <summary>A tenant (town or street) offered as a choice.</summary>
public sealed record TenantOption(Guid Id, string Name)
{
    /// <summary>
    /// Every tenant in the city's order (kind, then code). Filters over history keep retired tenants (their records stay
    /// readable); a picker for new records passes <paramref name="includeRetired"/> false.
    /// </summary>
    public static async Task<IReadOnlyList<TenantOption>> ListAsync(AppDbContext db, bool includeRetired = true)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Tenants.Where(t => includeRetired || t.RetiredOn == null)
            .OrderBy(t => t.Kind).ThenBy(t => t.Code).Select(t => new TenantOption(t.Id, t.Name)).ToListAsync();
    }
}
