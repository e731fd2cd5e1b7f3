using System.Text;
using CommunityStation.Infrastructure.Documents;

namespace CommunityStation.Web.Infrastructure.Export;

/// <summary>
/// Writes a simple table (header row + rows of text) as CSV or XLSX, for registers and ledgers.
/// The XLSX is written with the Open XML SDK (<see cref="TableFile.WriteXlsxAsync"/>), streaming row by row.
/// </summary>
public static class TableExport
{
    /// <summary>
    /// Streams every row as a download, CSV when <paramref name="format"/> says so and XLSX otherwise, named
    /// <paramref name="fileName"/> plus the extension: the one way a page answers "export what the filter shows".
    /// </summary>
    public static async Task<IActionResult> StreamAsync(
        HttpResponse response, string? format, string fileName, string sheetName, IReadOnlyList<string> header, IAsyncEnumerable<IReadOnlyList<string?>> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(response);
        var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
        response.ContentType = csv ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        response.Headers.ContentDisposition = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("attachment") { FileName = fileName + (csv ? ".csv" : ".xlsx") }.ToString();
        if (csv)
        {
            await WriteCsvAsync(response.Body, header, rows, ct);
        }
        else
        {
            await WriteXlsxAsync(response.Body, sheetName, header, rows, ct);
        }

        return new EmptyResult();
    }

    /// <summary><see cref="StreamAsync(HttpResponse, string?, string, string, IReadOnlyList{string}, IAsyncEnumerable{IReadOnlyList{string?}}, CancellationToken)"/> over rows as they are read, each turned into its cells by <paramref name="cells"/>.</summary>
    public static Task<IActionResult> StreamAsync<T>(
        HttpResponse response, string? format, string fileName, string sheetName, IReadOnlyList<string> header, IAsyncEnumerable<T> rows, Func<T, IReadOnlyList<string?>> cells, CancellationToken ct) =>
        StreamAsync(response, format, fileName, sheetName, header, Lines(rows, cells, ct), ct);

    private static async IAsyncEnumerable<IReadOnlyList<string?>> Lines<T>(IAsyncEnumerable<T> rows, Func<T, IReadOnlyList<string?>> cells, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(cells);
        await foreach (var row in rows.WithCancellation(ct).ConfigureAwait(false))
        {
            yield return cells(row);
        }
    }

    public static byte[] ToCsv(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var builder = new StringBuilder();
        builder.AppendJoin(',', header.Select(Csv)).Append("\r\n");
        foreach (var row in rows)
        {
            builder.AppendJoin(',', row.Select(Csv)).Append("\r\n");
        }

        // A BOM so Excel opens the Chinese text as UTF-8.
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(builder.ToString())];
    }

    /// <summary>
    /// Streams a table as CSV, row by row as the rows arrive (a ledger can be any length: nothing is
    /// held in memory, nothing is cut off).
    /// </summary>
    public static async Task WriteCsvAsync(Stream output, IReadOnlyList<string> header, IAsyncEnumerable<IReadOnlyList<string?>> rows, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);

        // UTF-8 with a BOM so Excel opens the Chinese text as UTF-8.
        var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 16 * 1024, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            await writer.WriteAsync(string.Join(',', header.Select(Csv)).AsMemory(), ct).ConfigureAwait(false);
            await writer.WriteAsync("\r\n".AsMemory(), ct).ConfigureAwait(false);
            await foreach (var row in rows.WithCancellation(ct).ConfigureAwait(false))
            {
                await writer.WriteAsync(string.Join(',', row.Select(Csv)).AsMemory(), ct).ConfigureAwait(false);
                await writer.WriteAsync("\r\n".AsMemory(), ct).ConfigureAwait(false);
            }

            await writer.FlushAsync(ct).ConfigureAwait(false);
        }
    }

    /// <summary>Writes every row as XLSX, row by row (the Open XML SDK's streaming writer, <see cref="TableFile"/>).</summary>
    public static Task WriteXlsxAsync(Stream output, string sheetName, IReadOnlyList<string> header, IAsyncEnumerable<IReadOnlyList<string?>> rows, CancellationToken ct = default) =>
        TableFile.WriteXlsxAsync(output, sheetName, header, rows, ct);

    /// <summary>An import template: the columns and one example line, as XLSX (text cells) or, with <paramref name="format"/> "csv", as CSV.</summary>
    public static async Task<IActionResult> TemplateAsync(HttpResponse response, string? format, string fileName, string sheetName, IReadOnlyList<string> columns, IReadOnlyList<string> example)
    {
        ArgumentNullException.ThrowIfNull(response);
        return await StreamAsync(response, format, fileName, sheetName, columns, OneAsync(example), response.HttpContext.RequestAborted);
    }

    private static async IAsyncEnumerable<IReadOnlyList<string?>> OneAsync(IReadOnlyList<string> row)
    {
        await Task.CompletedTask;
        yield return row;
    }

    private static string Csv(string? value)
    {
        var text = value ?? string.Empty;

        // A cell starting with = + - @ would run as a formula in a spreadsheet (CSV injection).
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@')
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
