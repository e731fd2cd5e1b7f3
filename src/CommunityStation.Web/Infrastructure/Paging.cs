namespace CommunityStation.Web.Infrastructure;

/// <summary>
/// One page of a list and how many rows there are in all, so a list never silently stops at a cap: the
/// pager (Pages/Shared/_Pager.cshtml) shows the total and links to the other pages. The page number and
/// size come from the query string ("pageNumber", since Razor Pages keeps "page" for the page's path).
/// </summary>
public interface IPagedList
{
    int Page { get; }

    int PageSize { get; }

    int Total { get; }

    int PageCount { get; }
}

public sealed record PagedList<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize) : IPagedList
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public int Count => Items.Count;

    /// <summary>The same page with its rows turned into something else (after the query, in memory).</summary>
    public PagedList<TOut> Select<TOut>(Func<T, TOut> map) => new([.. Items.Select(map)], Total, Page, PageSize);
}

public static class Paging
{
    public const string PageParameter = "pageNumber";
    public const string SizeParameter = "pageSize";
    public const int DefaultPageSize = 50;
    public const int MinPageSize = 10;
    public const int MaxPageSize = 200;

    /// <summary>The requested page and page size, within bounds (a hand-edited address cannot ask for everything at once).</summary>
    public static (int Page, int PageSize) Requested(HttpRequest request, int defaultPageSize = DefaultPageSize)
    {
        ArgumentNullException.ThrowIfNull(request);
        var page = int.TryParse(request.Query[PageParameter], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? Math.Max(1, p) : 1;
        var size = int.TryParse(request.Query[SizeParameter], NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? Math.Clamp(s, MinPageSize, MaxPageSize) : defaultPageSize;
        return (page, size);
    }

    /// <summary>
    /// Offset paging with a total: counts, then reads the requested page (the last page when the
    /// request is past the end). The query must be ordered on a unique key so pages do not overlap.
    /// </summary>
    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> query, HttpRequest request, int defaultPageSize = DefaultPageSize, CancellationToken ct = default)
    {
        var (page, size) = Requested(request, defaultPageSize);
        var total = await query.CountAsync(ct);
        page = Math.Min(page, Math.Max(1, (total + size - 1) / size));
        var items = await query.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new PagedList<T>(items, total, page, size);
    }

    /// <summary>The current address with another page number (every other query value kept).</summary>
    public static string UrlFor(HttpRequest request, int page)
    {
        ArgumentNullException.ThrowIfNull(request);
        var values = request.Query.Where(q => !string.Equals(q.Key, PageParameter, StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new KeyValuePair<string, string?>(PageParameter, page.ToString(CultureInfo.InvariantCulture)));
        return request.PathBase + request.Path + QueryString.Create(values);
    }
}
