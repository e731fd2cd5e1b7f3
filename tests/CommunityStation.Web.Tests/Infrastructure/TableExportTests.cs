using CommunityStation.Web.Infrastructure.Export;

namespace CommunityStation.Web.Tests.Infrastructure;

/// <summary>The streamed exports write every row: no cap (the ledger once stopped at 5000).</summary>
public sealed class TableExportTests
{
    private const int Rows = 6000;

    private static async IAsyncEnumerable<IReadOnlyList<string?>> ManyRowsAsync()
    {
        for (var i = 1; i <= Rows; i++)
        {
            await Task.Yield();
            yield return [i.ToString(System.Globalization.CultureInfo.InvariantCulture), "低保对象服务", i % 2 == 0 ? "=危险" : null];
        }
    }

    [Fact]
    public async Task The_csv_export_streams_every_row_with_a_bom_and_defused_formulas()
    {
        using var output = new MemoryStream();
        await TableExport.WriteCsvAsync(output, ["编号", "服务事项", "备注"], ManyRowsAsync());
        var bytes = output.ToArray();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Rows + 1, lines.Length);
        Assert.Equal("6000,低保对象服务,'=危险", lines[^1]);
    }

    [Fact]
    public async Task The_xlsx_export_writes_every_row_and_reads_back_as_written()
    {
        using var output = new MemoryStream();
        await TableExport.WriteXlsxAsync(output, "服务台账", ["编号", "服务事项", "备注"], ManyRowsAsync());
        output.Position = 0;
        var rows = CommunityStation.Infrastructure.Documents.TableFile.Read(output);
        Assert.Equal(Rows + 1, rows.Count);
        Assert.Equal(["编号", "服务事项", "备注"], rows[0].Cells);
        Assert.Equal((Rows + 1, "6000", "=危险"), (rows[^1].Line, rows[^1].Cell(0), rows[^1].Cell(2)));
    }
}
