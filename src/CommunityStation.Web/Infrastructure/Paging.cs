using System.Linq.Expressions;

namespace CommunityStation.Web.Infrastructure;

/// <summary>
/// One page of a list and how many rows there are in all, so a list never silently stops at a cap: the
/// pager (Pages/Shared/_Pager.cshtml) shows the total and links to the first, previous, next and last
/// pages. Pages are read by keyset (<see cref="Keyset{TSource}"/>): the links carry the sort keys of the
/// row the page starts after ("after") or ends before ("before"); the page number ("pageNumber", since
/// Razor Pages keeps "page" for the page's path) is only shown.
/// </summary>
public interface IPagedList
{
    int Page { get; }

    int PageSize { get; }

    int Total { get; }

    int PageCount { get; }

    /// <summary>The cursor of the first row on this page (to read the page before it), if any.</summary>
    string? FirstCursor { get; }

    /// <summary>The cursor of the last row on this page (to read the page after it), if any.</summary>
    string? LastCursor { get; }
}

public sealed record PagedList<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize, string? FirstCursor = null, string? LastCursor = null) : IPagedList
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public int Count => Items.Count;

    /// <summary>The same page with its rows turned into something else (after the query, in memory).</summary>
    public PagedList<TOut> Select<TOut>(Func<T, TOut> map) => new([.. Items.Select(map)], Total, Page, PageSize, FirstCursor, LastCursor);
}

public static class Paging
{
    public const string PageParameter = "pageNumber";
    public const string SizeParameter = "pageSize";
    public const int DefaultPageSize = 50;
    /// <summary>Any size from one row up: a small page costs one more query per page, never more rows.</summary>
    public const int MinPageSize = 1;
    public const int MaxPageSize = 200;

    /// <summary>The requested page and page size, within bounds (a hand-edited address cannot ask for everything at once).</summary>
    public static (int Page, int PageSize) Requested(HttpRequest request, int defaultPageSize = DefaultPageSize)
    {
        ArgumentNullException.ThrowIfNull(request);
        var page = int.TryParse(request.Query[PageParameter], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? Math.Max(1, p) : 1;
        var size = int.TryParse(request.Query[SizeParameter], NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? Math.Clamp(s, MinPageSize, MaxPageSize) : defaultPageSize;
        return (page, size);
    }

    public const string AfterParameter = "after";
    public const string BeforeParameter = "before";
    public const string LastParameter = "last";

    /// <summary>
    /// Keyset paging with a total, in one statement: seeks past the row the request names and reads one page in
    /// the keyset's order, projecting each row with the total of the whole query beside it (an uncorrelated
    /// scalar subquery, which PostgreSQL evaluates once, as an InitPlan), so the pager costs no second query.
    /// With no cursor it reads the first page, or the last one when asked; a cursor that was not made here reads
    /// the first page. A page read from either end that comes back empty means the list is empty (total 0); one
    /// read past a cursor that comes back short falls back to an end, as before.
    /// </summary>
    public static async Task<PagedList<TRow>> ToKeysetPageAsync<TSource, TRow>(
        this IQueryable<TSource> query, HttpRequest request, Func<Keyset<TSource>, Keyset<TSource>> order, Expression<Func<TSource, TRow>> projection,
        int defaultPageSize = DefaultPageSize, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(order);
        var keyset = order(new Keyset<TSource>());
        var (page, size) = Requested(request, defaultPageSize);
        var withKeys = keyset.WithKeys(projection, query);
        var after = keyset.Decode(request.Query[AfterParameter]);
        var before = after is null ? keyset.Decode(request.Query[BeforeParameter]) : null;

        var first = keyset.Order(query, reverse: false).Select(withKeys);
        var last = keyset.Order(query, reverse: true).Select(withKeys);
        List<Keyed<TRow>> rows = [];
        if (after is not null)
        {
            rows = await keyset.Order(keyset.Seek(query, after, backwards: false), reverse: false).Select(withKeys).Take(size).ToListAsync(ct);
            page = Math.Min(Math.Max(page, 2), PageCountOf(rows, size));
        }
        else if (before is not null)
        {
            rows = await keyset.Order(keyset.Seek(query, before, backwards: true), reverse: true).Select(withKeys).Take(size).ToListAsync(ct);
            rows.Reverse();
            page = Math.Max(1, Math.Min(page, PageCountOf(rows, size) - 1));
        }

        // Past either end (rows removed since the link was made), or no cursor: the first page, or the last when asked.
        var wantsLast = string.Equals(request.Query[LastParameter], "true", StringComparison.OrdinalIgnoreCase) || after is not null;
        if (before is not null && rows.Count < size)
        {
            (rows, page) = (await first.Take(size).ToListAsync(ct), 1);
        }
        else if (rows.Count == 0 && wantsLast)
        {
            // The last page holds what is left after the full pages: read a page's worth from the end, keep that many.
            rows = await last.Take(size).ToListAsync(ct);
            page = PageCountOf(rows, size);
            rows = [.. rows.Take(TotalOf(rows) - ((page - 1) * size))];
            rows.Reverse();
        }
        else if (rows.Count == 0)
        {
            (rows, page) = (await first.Take(size).ToListAsync(ct), 1);
        }

        return new PagedList<TRow>(
            [.. rows.Select(r => r.Row)], TotalOf(rows), page, size,
            rows.Count > 0 ? Keyset<TSource>.Encode(rows[0].Keys) : null,
            rows.Count > 0 ? Keyset<TSource>.Encode(rows[^1].Keys) : null);
    }

    /// <summary>The total read beside the rows; rows read from an end of the list that come back empty mean an empty list.</summary>
    private static int TotalOf<TRow>(List<Keyed<TRow>> rows) => rows.Count > 0 ? rows[0].Total : 0;

    private static int PageCountOf<TRow>(List<Keyed<TRow>> rows, int size) => Math.Max(1, (TotalOf(rows) + size - 1) / size);

    /// <summary>The query in a keyset's order, for an export that streams every row in the order the list shows.</summary>
    public static IQueryable<TSource> OrderedBy<TSource>(this IQueryable<TSource> query, Func<Keyset<TSource>, Keyset<TSource>> order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return order(new Keyset<TSource>()).Order(query, reverse: false);
    }

    /// <summary>The address of the first, previous, next or last page (every other query value kept).</summary>
    public static string UrlFor(HttpRequest request, IPagedList list, PageLink link)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(list);
        (string Key, string Value)[] added = link switch
        {
            PageLink.Previous when list.Page > 2 && list.FirstCursor is { } first => [(BeforeParameter, first), (PageParameter, Number(list.Page - 1))],
            PageLink.Next when list.LastCursor is { } last => [(AfterParameter, last), (PageParameter, Number(list.Page + 1))],
            PageLink.Last => [(LastParameter, "true"), (PageParameter, Number(list.PageCount))],
            _ => [],
        };
        string[] replaced = [PageParameter, AfterParameter, BeforeParameter, LastParameter];
        var values = request.Query.Where(q => !replaced.Contains(q.Key, StringComparer.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Concat(added.Select(a => new KeyValuePair<string, string?>(a.Key, a.Value)));
        return request.PathBase + request.Path + QueryString.Create(values);
    }

    /// <summary>
    /// The address of the page's export in <paramref name="format"/> ("csv" or "xlsx") with the filter the
    /// list shows: every query value but the pager's, so the file holds every row of the filter, not one page.
    /// </summary>
    public static string ExportUrlFor(HttpRequest request, string format)
    {
        ArgumentNullException.ThrowIfNull(request);
        string[] dropped = [PageParameter, SizeParameter, AfterParameter, BeforeParameter, LastParameter, "handler", "format"];
        var values = request.Query.Where(q => !dropped.Contains(q.Key, StringComparer.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Prepend(new("format", format))
            .Prepend(new("handler", "Export"));
        return request.PathBase + request.Path + QueryString.Create(values);
    }

    private static string Number(int page) => page.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The pager's links.</summary>
public enum PageLink
{
    First,
    Previous,
    Next,
    Last,
}
