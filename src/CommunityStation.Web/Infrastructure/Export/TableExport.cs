using System.IO.Compression;
using System.Security;
using System.Text;

namespace CommunityStation.Web.Infrastructure.Export;

/// <summary>
/// Writes a simple table (header row + rows of text) as CSV or XLSX, for registers and ledgers.
/// The XLSX is a minimal SpreadsheetML package with inline strings: no library, nothing fetched.
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

    public static byte[] ToXlsx(string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            AddPackageParts(zip, sheetName);

            var sheet = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
            AppendRow(sheet, header);
            foreach (var row in rows)
            {
                AppendRow(sheet, row);
            }

            sheet.Append("</sheetData></worksheet>");
            Add(zip, "xl/worksheets/sheet1.xml", sheet.ToString());
        }

        return buffer.ToArray();
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

    /// <summary>
    /// Writes every row as XLSX. The package is built in a temporary file (deleted on close), row by
    /// row, then copied to <paramref name="output"/>: a zip cannot be streamed to a client as it is made.
    /// </summary>
    public static async Task WriteXlsxAsync(Stream output, string sheetName, IReadOnlyList<string> header, IAsyncEnumerable<IReadOnlyList<string?>> rows, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await using (file.ConfigureAwait(false))
        {
            using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
            {
                AddPackageParts(zip, sheetName);
                using var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
                var row = new StringBuilder();
                sheet.Write("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
                AppendRow(row, header);
                await foreach (var cells in rows.WithCancellation(ct).ConfigureAwait(false))
                {
                    AppendRow(row, cells);
                    sheet.Write(row);
                    row.Clear();
                }

                sheet.Write(row);
                sheet.Write("</sheetData></worksheet>");
            }

            file.Position = 0;
            await file.CopyToAsync(output, ct).ConfigureAwait(false);
        }
    }

    private static void AddPackageParts(ZipArchive zip, string sheetName)
    {
        Add(zip, "[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>
            """);
        Add(zip, "_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """);
        Add(zip, "xl/workbook.xml", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{SecurityElement.Escape(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>
            """);
        Add(zip, "xl/_rels/workbook.xml.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
            """);
    }

    private static void AppendRow(StringBuilder sheet, IReadOnlyList<string?> cells)
    {
        sheet.Append("<row>");
        foreach (var cell in cells)
        {
            sheet.Append("<c t=\"inlineStr\"><is><t xml:space=\"preserve\">").Append(SecurityElement.Escape(Clean(cell ?? string.Empty))).Append("</t></is></c>");
        }

        sheet.Append("</row>");
    }

    // XML 1.0 forbids most control characters.
    private static string Clean(string text) => new(text.Where(c => c is '\t' or '\n' or '\r' || c >= ' ').ToArray());

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

    private static void Add(ZipArchive zip, string name, string content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var stream = entry.Open();
        var bytes = Encoding.UTF8.GetBytes(content.Trim());
        stream.Write(bytes);
    }
}
