using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace CommunityStation.Web.Infrastructure.Export;

/// <summary>Reads the first sheet of an XLSX, or a CSV (UTF-8, with or without BOM), into rows of text.</summary>
public static class TableImport
{
    public static IReadOnlyList<IReadOnlyList<string>> Read(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        var bytes = buffer.ToArray();
        return bytes.Length > 1 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K' ? ReadXlsx(bytes) : ReadCsv(Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'));
    }

    public static IReadOnlyList<IReadOnlyList<string>> ReadCsv(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<IReadOnlyList<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
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
                rows.Add(row);
                row = [];
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString());
            rows.Add(row);
        }

        return rows;
    }

    private static List<IReadOnlyList<string>> ReadXlsx(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        XNamespace ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var shared = new List<string>();
        if (zip.GetEntry("xl/sharedStrings.xml") is { } sharedEntry)
        {
            using var stream = sharedEntry.Open();
            shared = XDocument.Load(stream).Root!.Elements(ns + "si").Select(si => string.Concat(si.Descendants(ns + "t").Select(t => t.Value))).ToList();
        }

        var sheet = zip.GetEntry("xl/worksheets/sheet1.xml") ?? throw new InvalidDataException("The workbook has no first sheet.");
        using var sheetStream = sheet.Open();
        var rows = new List<IReadOnlyList<string>>();
        foreach (var row in XDocument.Load(sheetStream).Descendants(ns + "row"))
        {
            var cells = new List<string>();
            foreach (var c in row.Elements(ns + "c"))
            {
                var index = ColumnIndex((string?)c.Attribute("r"));
                while (index >= 0 && cells.Count < index)
                {
                    cells.Add(string.Empty);
                }

                var type = (string?)c.Attribute("t");
                var value = type switch
                {
                    "s" => shared.ElementAtOrDefault(int.Parse(c.Element(ns + "v")?.Value ?? "0", System.Globalization.CultureInfo.InvariantCulture)) ?? string.Empty,
                    "inlineStr" => string.Concat(c.Descendants(ns + "t").Select(t => t.Value)),
                    _ => c.Element(ns + "v")?.Value ?? string.Empty,
                };
                cells.Add(value);
            }

            rows.Add(cells);
        }

        return rows;
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
        }

        return index - 1;
    }
}
