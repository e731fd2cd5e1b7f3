namespace CommunityStation.Web.Tests.Infrastructure;

/// <summary>
/// What every list test checks (issue 11 item 5): the pager's total, every row reached by walking the pages once
/// and only once, and an export of exactly what the filter shows (the page's own export links, CSV and XLSX).
/// </summary>
public static class ListPages
{
    /// <summary>The pager's total.</summary>
    public static int Total(IDocument page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var pager = page.QuerySelector(".pager") ?? throw new InvalidOperationException("the page has no pager");
        return int.Parse(pager.GetAttribute("data-total")!, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Reads <paramref name="url"/> and follows "next" to the last page, checking the page numbers; returns each
    /// row's key. Fails when a row comes twice or the rows read are not as many as the total.
    /// </summary>
    public static async Task<IReadOnlyList<string>> WalkAsync(PortalClient client, string url, string rowSelector, Func<IElement, string?> key)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(key);
        var page = await client.GetDocumentAsync(url);
        var total = Total(page);
        var keys = new List<string>();
        for (var number = 1; ; number++)
        {
            var pager = page.QuerySelector(".pager")!;
            Assert.Equal(number.ToString(CultureInfo.InvariantCulture), pager.GetAttribute("data-page"));
            keys.AddRange(page.QuerySelectorAll(rowSelector).Select(r => key(r) ?? string.Empty));
            if (number >= int.Parse(pager.GetAttribute("data-page-count")!, CultureInfo.InvariantCulture))
            {
                break;
            }

            page = await client.GetDocumentAsync(pager.QuerySelector(".pager-next")!.GetAttribute("href")!);
        }

        Assert.Equal(total, keys.Count);
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        return keys;
    }

    /// <summary>The page's CSV export (its own link, so the filter it carries is the page's): header first, each line's cells.</summary>
    public static async Task<IReadOnlyList<IReadOnlyList<string>>> ExportCsvAsync(PortalClient client, IDocument page)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(page);
        var response = await client.GetAsync(page.QuerySelector("#export-csv")!.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/csv", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        await using var body = await response.Content.ReadAsStreamAsync();
        return [.. CommunityStation.Infrastructure.Documents.TableFile.Read(body).Select(r => r.Cells)];
    }

    /// <summary>How many rows (header included) the page's XLSX export holds.</summary>
    public static async Task<int> ExportXlsxRowsAsync(PortalClient client, IDocument page)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(page);
        var response = await client.GetAsync(page.QuerySelector("#export-xlsx")!.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var body = await response.Content.ReadAsStreamAsync();
        return CommunityStation.Infrastructure.Documents.TableFile.Read(body).Count;
    }

    /// <summary>
    /// The list's checks in one: the export (CSV and XLSX) holds a header and as many rows as the total, and walking
    /// the pages at <paramref name="pageSize"/> reads every row once. Returns the CSV lines (header first).
    /// </summary>
    public static async Task<IReadOnlyList<IReadOnlyList<string>>> AssertWalksAndExportsAsync(PortalClient client, string url, string rowSelector, Func<IElement, string?> key, int pageSize = 2)
    {
        ArgumentNullException.ThrowIfNull(url);
        var paged = url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "pageSize=" + pageSize.ToString(CultureInfo.InvariantCulture);
        var rows = await WalkAsync(client, paged, rowSelector, key);
        var page = await client.GetDocumentAsync(paged);
        Assert.True(Total(page) > pageSize, $"{url}: {Total(page)} rows do not fill more than one page of {pageSize}");
        var csv = await ExportCsvAsync(client, page);
        Assert.Equal(rows.Count, csv.Count - 1);
        Assert.Equal(rows.Count + 1, await ExportXlsxRowsAsync(client, page));
        return csv;
    }
}
