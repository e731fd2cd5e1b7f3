using CommunityStation.Web.Infrastructure.Export;

namespace CommunityStation.Web.Infrastructure;

/// <summary>
/// A list page: one keyset page of rows at a time (<see cref="Paging"/> and _Pager.cshtml), and an export of
/// every row the filter shows (<see cref="ExportAsync{T}"/> and _Export.cshtml, which links to it with the filter).
/// </summary>
public abstract class ListPageModel<TRow> : PageModel
{
    public PagedList<TRow> Rows { get; protected set; } = new([], 0, 1, Paging.DefaultPageSize);

    /// <summary>
    /// Streams every row of <paramref name="rows"/> (the list's query in the list's order, <c>OrderedBy</c>) as CSV
    /// or XLSX, named <paramref name="fileName"/> and the Beijing day of the export; nothing is held in memory.
    /// </summary>
    protected Task<IActionResult> ExportAsync<T>(
        string? format, string fileName, string sheetName, IReadOnlyList<string> header, IQueryable<T> rows, Func<T, IReadOnlyList<string?>> cells) =>
        ExportAsync(format, fileName, sheetName, header, rows.AsAsyncEnumerable(), cells);

    /// <summary>The same over rows made as they are read (a list whose rows are worked out after the query, in batches).</summary>
    protected Task<IActionResult> ExportAsync<T>(
        string? format, string fileName, string sheetName, IReadOnlyList<string> header, IAsyncEnumerable<T> rows, Func<T, IReadOnlyList<string?>> cells)
    {
        var today = ChinaDate.Of(HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow());
        return TableExport.StreamAsync(
            Response, format, $"{fileName}-{today.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}", sheetName, header, rows, cells, HttpContext.RequestAborted);
    }
}

/// <summary>What the shared tenant filter (_TenantFilter.cshtml) shows: only city-level users choose a tenant.</summary>
public interface ITenantFilter
{
    bool CityWide { get; }

    Guid? Tenant { get; }

    IReadOnlyList<TenantOption> Tenants { get; }
}

/// <summary>
/// A list that everyone narrows by a search term and city-level users also by tenant: the same filter
/// names (<c>?tenant=…&amp;search=…</c>) and the same audited city-wide read on every such list.
/// </summary>
public abstract class TenantListPageModel<TRow> : ListPageModel<TRow>, ITenantFilter
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

    /// <summary>The search term, cleaned as typed text is (NFC, trimmed); null when there is none.</summary>
    protected string? SearchTerm => string.IsNullOrWhiteSpace(Search) ? null : TextNormalizer.Text(Search);

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

/// <summary>A list's optional filters, one line each: a filter with no value chosen keeps every row.</summary>
public static class ListFilters
{
    /// <summary>The rows <paramref name="predicate"/> keeps for the chosen <paramref name="value"/>; all rows when none is chosen.</summary>
    public static IQueryable<T> WhereChosen<T, TValue>(this IQueryable<T> query, TValue? value, Func<TValue, System.Linq.Expressions.Expression<Func<T, bool>>> predicate)
        where TValue : struct
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return value is { } chosen ? query.Where(predicate(chosen)) : query;
    }

    /// <summary>The same for a typed value (a code or a search term), cleaned as typed text is; blank keeps every row.</summary>
    public static IQueryable<T> WhereChosen<T>(this IQueryable<T> query, string? value, Func<string, System.Linq.Expressions.Expression<Func<T, bool>>> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return string.IsNullOrWhiteSpace(value) ? query : query.Where(predicate(TextNormalizer.Text(value)));
    }
}
