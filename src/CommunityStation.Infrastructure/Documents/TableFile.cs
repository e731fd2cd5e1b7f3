using System.Globalization;
using System.Text;
using CommunityStation.Domain.Registration;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CommunityStation.Infrastructure.Documents;

/// <summary>One row of an imported table, with the line number the user sees in their spreadsheet or editor.</summary>
public sealed record TableRow(int Line, IReadOnlyList<string> Cells)
{
    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);

    public string Cell(int index) => index < Cells.Count ? Cells[index] : string.Empty;
}

/// <summary>Why a file could not be read as a table; <see cref="Exception.Message"/> is the user's message (a resource key).</summary>
public sealed class TableFileException : Exception
{
    public TableFileException()
    {
    }

    public TableFileException(string message)
        : base(message)
    {
    }

    public TableFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// Reads an import file: the first sheet of an XLSX workbook, parsed with the Open XML SDK (a maintained library, never
/// a hand-written reader), or a CSV (UTF-8, with or without BOM). The package is checked for zip bombs before the SDK
/// opens it (<see cref="PackageInspection"/>: entry count, unpacked size, compression ratio), and the SDK itself is
/// limited per part. Dates typed as dates come back as yyyy-MM-dd, whole numbers without a decimal point.
/// </summary>
public static class TableFile
{
    /// <summary>No import takes more rows than this; a larger file is refused whole, never cut.</summary>
    public const int MaxRows = 20_000;

    /// <summary>Characters one XML part may hold once unpacked (a 20 000-row sheet is a few megabytes).</summary>
    private const long MaxCharactersInPart = 64L * 1024 * 1024;

    public const string Unreadable = "无法读取该文件：请上传 XLSX 或 UTF-8 编码的 CSV 文件（可下载模板）。";
    public const string TooLarge = "文件展开后过大或部件过多，不能导入。";
    public const string TooManyRows = "文件超过 20000 行，请分批导入。";

    public static IReadOnlyList<TableRow> Read(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        var bytes = buffer.ToArray();
        var rows = bytes.Length > 1 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K' ? ReadXlsx(bytes) : ReadCsv(bytes);
        return rows.Count > MaxRows + 1 ? throw new TableFileException(TooManyRows) : rows;
    }

    /// <summary>
    /// Writes a table as an XLSX workbook with the Open XML SDK, row by row as the rows arrive (OpenXmlWriter: the
    /// sheet is never held in memory). Every cell is text, and so is the columns' format, so an ID number or a code
    /// typed into a template stays as typed instead of becoming a number. The package is built in a temporary file
    /// (deleted on close) and then copied to <paramref name="output"/>: a zip cannot be streamed as it is made.
    /// </summary>
    public static async Task WriteXlsxAsync(Stream output, string sheetName, IReadOnlyList<string> header, IAsyncEnumerable<IReadOnlyList<string?>> rows, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await using (file.ConfigureAwait(false))
        {
            using (var document = SpreadsheetDocument.Create(file, SpreadsheetDocumentType.Workbook))
            {
                var workbook = document.AddWorkbookPart();
                workbook.Workbook = new Workbook();
                var styles = workbook.AddNewPart<WorkbookStylesPart>();
                styles.Stylesheet = TextStylesheet();
                var sheet = workbook.AddNewPart<WorksheetPart>();
                using (var writer = OpenXmlWriter.Create(sheet))
                {
                    writer.WriteStartElement(new Worksheet());
                    writer.WriteStartElement(new Columns());
                    writer.WriteElement(new Column { Min = 1, Max = (uint)Math.Max(1, header.Count), Width = 18, CustomWidth = true, Style = TextStyle });
                    writer.WriteEndElement();
                    writer.WriteStartElement(new SheetData());
                    WriteRow(writer, header);
                    await foreach (var row in rows.WithCancellation(ct).ConfigureAwait(false))
                    {
                        WriteRow(writer, row);
                    }

                    writer.WriteEndElement();
                    writer.WriteEndElement();
                }

                // Sheet names: at most 31 characters, none of : \ / ? * [ ].
                var name = new string(sheetName.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']')).Take(31).ToArray());
                workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = name.Length == 0 ? "Sheet1" : name }));
            }

            file.Position = 0;
            await file.CopyToAsync(output, ct).ConfigureAwait(false);
        }
    }

    /// <summary>The cell format index of text ("@", built-in format 49).</summary>
    private const uint TextStyle = 1;

    private static Stylesheet TextStylesheet() => new(
        new Fonts(new Font()) { Count = 1 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 49, ApplyNumberFormat = true }) { Count = 2 });

    private static void WriteRow(OpenXmlWriter writer, IReadOnlyList<string?> cells)
    {
        writer.WriteStartElement(new Row());
        foreach (var cell in cells)
        {
            writer.WriteElement(new Cell(new InlineString(new Text(XmlText(cell)) { Space = SpaceProcessingModeValues.Preserve }))
            {
                DataType = CellValues.InlineString,
                StyleIndex = TextStyle,
            });
        }

        writer.WriteEndElement();
    }

    // XML 1.0 forbids most control characters.
    private static string XmlText(string? text) => new((text ?? string.Empty).Where(c => c is '\t' or '\n' or '\r' || c >= ' ').ToArray());

    private static List<TableRow> ReadCsv(byte[] bytes)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException e)
        {
            // Excel's "CSV" in a Chinese locale is GBK; say so rather than import mojibake.
            throw new TableFileException(Unreadable, e);
        }

        return Csv.Parse(text);
    }

    private static List<TableRow> ReadXlsx(byte[] bytes)
    {
        var (zip, refusal) = PackageInspection.Open(bytes);
        if (zip is null)
        {
            throw new TableFileException(refusal!.Verdict == DocumentVerdict.PackageTooLarge ? TooLarge : Unreadable);
        }

        zip.Dispose();
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            var workbook = document.WorkbookPart ?? throw new TableFileException(Unreadable);
            var first = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()?.Id?.Value ?? throw new TableFileException(Unreadable);
            var sheet = (WorksheetPart)workbook.GetPartById(first);
            var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(Text).ToList() ?? [];
            var dateStyles = DateStyles(workbook.WorkbookStylesPart?.Stylesheet);
            return ReadRows(sheet, shared, dateStyles);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or IOException or InvalidOperationException or ArgumentException or FormatException or KeyNotFoundException)
        {
            throw new TableFileException(Unreadable, e);
        }
    }

    private static List<TableRow> ReadRows(WorksheetPart sheet, List<string> shared, HashSet<uint> dateStyles)
    {
        var rows = new List<TableRow>();
        using var reader = OpenXmlReader.Create(sheet);
        var line = 0;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            line = row.RowIndex?.Value is { } index ? (int)index : line + 1;
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnIndex(cell.CellReference?.Value);
                while (column >= 0 && cells.Count < column)
                {
                    cells.Add(string.Empty);
                }

                cells.Add(Value(cell, shared, dateStyles));
            }

            rows.Add(new TableRow(line, cells));
            if (rows.Count > MaxRows + 1)
            {
                throw new TableFileException(TooManyRows);
            }
        }

        return rows;
    }

    private static string Value(Cell cell, List<string> shared, HashSet<uint> dateStyles)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Count ? shared[i] : string.Empty;
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? Text(inline) : string.Empty;
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "是" : "否";
        }

        if ((type is null || type == CellValues.Number) && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            if (cell.StyleIndex?.Value is { } style && dateStyles.Contains(style) && number is > 0 and < 2958466)
            {
                return DateTime.FromOADate(number).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }

            return number == Math.Floor(number) && Math.Abs(number) < 1e15 ? ((long)number).ToString(CultureInfo.InvariantCulture) : raw;
        }

        return raw;
    }

    /// <summary>A rich or plain string's text, without phonetic guides (rPh).</summary>
    private static string Text(OpenXmlElement item) =>
        item.GetFirstChild<Text>()?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));

    /// <summary>The cell formats (by index) that show a number as a date: the built-in date formats and custom ones with y/m/d.</summary>
    private static HashSet<uint> DateStyles(Stylesheet? styles)
    {
        var result = new HashSet<uint>();
        if (styles?.CellFormats is null)
        {
            return result;
        }

        var custom = styles.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null && f.FormatCode?.Value is { } code && LooksLikeDate(code))
            .Select(f => f.NumberFormatId!.Value).ToHashSet() ?? [];
        uint index = 0;
        foreach (var format in styles.CellFormats.Elements<CellFormat>())
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (id is >= 14 and <= 22 or >= 27 and <= 36 or >= 45 and <= 47 or >= 50 and <= 58 || custom.Contains(id))
            {
                result.Add(index);
            }

            index++;
        }

        return result;
    }

    private static bool LooksLikeDate(string code)
    {
        // Quoted literals and [colour]/[locale] blocks say nothing about the value.
        var plain = new StringBuilder();
        var quoted = false;
        var bracket = false;
        foreach (var c in code)
        {
            quoted ^= c == '"';
            bracket = c == '[' || (bracket && c != ']');
            if (!quoted && !bracket)
            {
                plain.Append(char.ToLowerInvariant(c));
            }
        }

        var text = plain.ToString();
        return text.Contains('y', StringComparison.Ordinal) || text.Contains('d', StringComparison.Ordinal) || text.Contains("mm", StringComparison.Ordinal) && !text.Contains('0', StringComparison.Ordinal);
    }

    private static int ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return -1;
        }

        var index = 0;
        foreach (var ch in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(ch) - 'A' + 1);
            if (index > 16_384)
            {
                return -1;
            }
        }

        return index - 1;
    }

    /// <summary>RFC 4180 CSV: quoted cells may hold commas, quotes ("") and line breaks; a line number is where the row starts.</summary>
    private static class Csv
    {
        public static List<TableRow> Parse(string text)
        {
            var rows = new List<TableRow>();
            var row = new List<string>();
            var cell = new StringBuilder();
            var quoted = false;
            var line = 1;
            var rowStart = 1;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        cell.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        line += c == '\n' ? 1 : 0;
                        cell.Append(c);
                    }
                }
                else if (c == '"')
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    row.Add(cell.ToString());
                    cell.Clear();
                }
                else if (c is '\n' or '\r')
                {
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    row.Add(cell.ToString());
                    cell.Clear();
                    rows.Add(new TableRow(rowStart, row));
                    row = [];
                    line++;
                    rowStart = line;
                    if (rows.Count > MaxRows + 1)
                    {
                        throw new TableFileException(TooManyRows);
                    }
                }
                else
                {
                    cell.Append(c);
                }
            }

            if (cell.Length > 0 || row.Count > 0)
            {
                row.Add(cell.ToString());
                rows.Add(new TableRow(rowStart, row));
            }

            return rows;
        }
    }
}
