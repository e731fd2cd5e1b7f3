using CommunityStation.Infrastructure.Documents;

namespace CommunityStation.Web.Tests.Infrastructure;

/// <summary>Import files are parsed with the Open XML SDK (XLSX) after zip-bomb checks, or as UTF-8 CSV, with the user's line numbers.</summary>
public sealed class TableFileTests
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>A workbook as Excel writes one: shared strings, a date-formatted number, a blank row left out (row 3), rich text with a phonetic guide.</summary>
    private static byte[] ExcelLikeWorkbook()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string xml)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }

            Add("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/data.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>""");
            Add("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Add("xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{Main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="社区" sheetId="7" r:id="rId9"/></sheets></workbook>""");
            Add("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/data.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>""");
            Add("xl/sharedStrings.xml", $"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{Main}"><si><t>社区名称</t></si><si><t>户数</t></si><si><t>任期开始</t></si><si><r><t>东虹</t></r><r><t>社区</t></r><rPh sb="0" eb="2"><t>dong hong</t></rPh></si></sst>""");
            Add("xl/styles.xml", $"""<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{Main}"><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="176" applyNumberFormat="1"/></cellXfs></styleSheet>""");
            Add("xl/worksheets/data.xml", $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{Main}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row><row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2"><v>2480</v></c><c r="C2" s="1"><v>45292</v></c></row><row r="4"><c r="A4" t="inlineStr"><is><t>南虹社区</t></is></c><c r="C4" s="2"><v>45658</v></c></row></sheetData></worksheet>""");
        }

        return buffer.ToArray();
    }

    [Fact]
    public void An_excel_workbook_is_read_from_its_first_sheet_with_dates_numbers_and_the_rows_line_numbers()
    {
        var rows = TableFile.Read(new MemoryStream(ExcelLikeWorkbook()));
        Assert.Equal([1, 2, 4], rows.Select(r => r.Line));
        Assert.Equal(["东虹社区", "2480", "2024-01-01"], rows[1].Cells);
        Assert.Equal(["南虹社区", string.Empty, "2025-01-01"], rows[2].Cells);
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_the_library_unpacks_it()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var part = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Optimal).Open();
            part.Write(new byte[20 * 1024 * 1024]);
        }

        var refusal = Assert.Throws<TableFileException>(() => TableFile.Read(new MemoryStream(buffer.ToArray())));
        Assert.Equal(TableFile.TooLarge, refusal.Message);
    }

    [Fact]
    public void A_zip_that_is_not_a_workbook_and_a_broken_zip_are_unreadable()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var part = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            part.Write("<w:document/>");
        }

        Assert.Equal(TableFile.Unreadable, Assert.Throws<TableFileException>(() => TableFile.Read(new MemoryStream(buffer.ToArray()))).Message);
        Assert.Equal(TableFile.Unreadable, Assert.Throws<TableFileException>(() => TableFile.Read(new MemoryStream("PK\u0003\u0004broken"u8.ToArray()))).Message);
    }

    [Fact]
    public void A_csv_keeps_quoted_commas_and_line_breaks_and_numbers_lines_where_each_row_starts()
    {
        var rows = TableFile.Read(new MemoryStream(Encoding.UTF8.GetBytes("\uFEFF名称,备注\r\n\"甲,乙\",\"两\n行\"\r\n丙,丁\r\n")));
        Assert.Equal([1, 2, 4], rows.Select(r => r.Line));
        Assert.Equal(["甲,乙", "两\n行"], rows[1].Cells);
    }

    [Fact]
    public void A_csv_saved_in_gbk_is_refused_rather_than_read_as_garbage()
    {
        // "社区" in GBK: C9 E7 C7 F8, not valid UTF-8.
        Assert.Equal(TableFile.Unreadable, Assert.Throws<TableFileException>(() => TableFile.Read(new MemoryStream([0xC9, 0xE7, 0xC7, 0xF8, 0x0D, 0x0A]))).Message);
    }

    [Fact]
    public void More_rows_than_an_import_takes_are_refused_whole_never_cut()
    {
        var csv = string.Concat(Enumerable.Range(0, TableFile.MaxRows + 2).Select(i => $"{i}\n"));
        Assert.Equal(TableFile.TooManyRows, Assert.Throws<TableFileException>(() => TableFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)))).Message);
    }
}
