namespace CommunityStation.Web.Tests.Pages.Admin.Tenants;

/// <summary>The administrator imports tenants from XLSX or CSV: all or nothing, every reason per line, idempotent.</summary>
public sealed class TenantImportTests(PortalFactory portal) : OwnPortalTests(portal)
{
    private const string Page = "/Admin/Tenants/Import";
    private static readonly string[] Header = ["名称", "类型", "区划代码", "简码"];

    private async Task<int> TenantCountAsync() => await QueryAsync(null, db => db.Tenants.CountAsync());

    [Fact]
    public async Task An_xlsx_file_creates_its_tenants_and_the_same_file_again_changes_nothing()
    {
        using var admin = await SignInAsync("demo-admin");
        var file = await ImportFiles.XlsxAsync(Header, ["官林镇", "镇", "320282103", "guanlin"], ["太华镇", "镇", "320282111", "taihua"], ["宜城街道", "街道", string.Empty, "yicheng"]);

        Assert.Equal((2, 0, 1), await ImportFiles.TakenAsync(await ImportFiles.UploadAsync(admin, Page, file)));
        var count = await TenantCountAsync();
        Assert.Equal((0, 0, 3), await ImportFiles.TakenAsync(await ImportFiles.UploadAsync(admin, Page, file)));
        Assert.Equal(count, await TenantCountAsync());
        Assert.Equal("320282103", await QueryAsync(null, db => db.Tenants.Where(t => t.Code == "guanlin").Select(t => t.OfficialCode).SingleAsync()));
    }

    [Fact]
    public async Task A_bad_file_is_refused_whole_with_every_reason_of_every_line_and_the_line_numbers()
    {
        using var admin = await SignInAsync("demo-admin");
        var csv = ImportFiles.Csv(
            Header,
            ["杨巷镇", "镇", "320282104", "yangxiang"],
            ["坏镇", "乡", "3202", "1bad"],
            ["丁蜀镇", "镇", "320282105", "dingshu2"],
            ["周铁镇", "镇", "320282106", "yangxiang"],
            ["新建镇", "镇", "320282104", "xinjian"]);
        await ImportFiles.AssertRefusedAsync(admin, Page, csv, "tenants.csv", TenantCountAsync, new()
        {
            [3] = ["类型“乡”无法识别", "区划代码须为 9 位", "简码须为"],
            [4] = ["名称丁蜀镇已被简码 dingshu 使用"],
            [5] = ["简码 yangxiang 与第 2 行重复"],
            [6] = ["区划代码 320282104 与第 2 行重复"],
        });
    }

    [Fact]
    public async Task An_existing_code_with_other_particulars_is_refused_with_its_line_unless_updating_is_asked_for()
    {
        using var admin = await SignInAsync("demo-admin");
        var file = await ImportFiles.XlsxAsync(Header, ["和桥镇", "镇", "320282107", "heqiao"]);
        var refused = await ImportFiles.RefusedAsync(await ImportFiles.UploadAsync(admin, Page, file));
        Assert.Contains("简码 heqiao 已存在", refused[2], StringComparison.Ordinal);

        Assert.Equal((0, 1, 0), await ImportFiles.TakenAsync(await ImportFiles.UploadAsync(admin, Page, file, updateExisting: true)));
        Assert.Equal("320282107", await QueryAsync(null, db => db.Tenants.Where(t => t.Code == "heqiao").Select(t => t.OfficialCode).SingleAsync()));
    }

    [Fact]
    public async Task A_file_without_the_templates_header_or_not_a_table_is_refused_at_the_file_field()
    {
        using var admin = await SignInAsync("demo-admin");
        await Refused.AtFieldAsync(await ImportFiles.UploadAsync(admin, Page, ImportFiles.Csv("name,kind", "x,y"), "t.csv"), "file");
        await Refused.AtFieldAsync(await ImportFiles.UploadAsync(admin, Page, "PK\u0003\u0004junk"u8.ToArray()), "file");
    }

    [Fact]
    public async Task The_template_downloads_as_xlsx_and_as_csv_with_the_columns_in_order()
    {
        using var admin = await SignInAsync("demo-admin");
        var xlsx = await admin.GetAsync(Page + "?handler=Template");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        var rows = CommunityStation.Infrastructure.Documents.TableFile.Read(await xlsx.Content.ReadAsStreamAsync());
        Assert.Equal(Header, rows[0].Cells);
        var csv = await admin.GetAsync(Page + "?handler=Template&format=csv");
        Assert.StartsWith("名称,类型,区划代码,简码", (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF'), StringComparison.Ordinal);
    }
}
