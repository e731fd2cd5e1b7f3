namespace CommunityStation.Web.Tests.Pages.Admin.Users;

/// <summary>Admin/Users/Import: accounts from XLSX or CSV. Own database: the class adds accounts.</summary>
public sealed class ImportTests(PortalFactory portal) : OwnPortalTests(portal)
{
    private const string Page = "/Admin/Users/Import";
    private static readonly string[] Header = ["用户名", "姓名", "角色", "镇（街道）", "社区", "初始密码"];

    private async Task<int> UserCountAsync() => await QueryAsync(null, db => db.Users.CountAsync());

    [Fact]
    public async Task Imported_accounts_get_their_role_and_place_a_generated_password_shown_once_and_must_change_it_at_the_first_sign_in()
    {
        using var admin = await SignInAsync("demo-admin");
        var file = await ImportFiles.XlsxAsync(
            Header,
            ["imp-town", "李镇长", "镇（街道）干部", "yicheng", string.Empty, "Yicheng!town-2026"],
            ["imp-rc", "王主任", "居委会", "宜城街道", "东虹社区", string.Empty],
            ["imp-desk", "赵窗口", "DeskStaff", "yicheng", "城中社区", string.Empty]);
        var response = await ImportFiles.UploadAsync(admin, Page, file);
        Assert.Equal((3, 0, 0), await ImportFiles.TakenAsync(response));

        var page = await PortalClient.ParseAsync(response);
        Assert.Null(page.QuerySelector("#generated-passwords tr[data-user='imp-town']"));
        var generated = page.QuerySelector("#generated-passwords tr[data-user='imp-rc'] .password")!.TextContent;
        Assert.Equal(14, generated.Length);
        Assert.Null((await admin.GetDocumentAsync(Page)).QuerySelector("#generated-passwords"));

        using var rc = await SignInAsync("imp-rc", generated);
        Assert.Equal("/MyAccount/ChangePassword", (await rc.GetAsync("/Registration/Applications")).Headers.Location!.OriginalString);
        using var town = await SignInAsync("imp-town", "Yicheng!town-2026");
        Assert.Equal("/MyAccount/ChangePassword", (await town.GetAsync("/Communities")).Headers.Location!.OriginalString);

        var desk = await QueryAsync(null, db => db.Users.Where(u => u.UserName == "imp-desk").Select(u => new { u.TenantId, u.CommunityId }).SingleAsync());
        Assert.Equal((Demo.Yicheng, Demo.Chengzhong), (desk.TenantId!.Value, desk.CommunityId!.Value));
    }

    [Fact]
    public async Task The_same_file_again_changes_nothing_and_keeps_the_passwords()
    {
        using var admin = await SignInAsync("demo-admin");
        var file = await ImportFiles.XlsxAsync(Header, ["imp-again", "钱站长", "站长", "yicheng", "城中社区", "Again!head-2026"]);
        Assert.Equal((1, 0, 0), await ImportFiles.TakenAsync(await ImportFiles.UploadAsync(admin, Page, file)));
        var count = await UserCountAsync();
        var again = await ImportFiles.UploadAsync(admin, Page, file);
        Assert.Equal((0, 0, 1), await ImportFiles.TakenAsync(again));
        Assert.Null((await PortalClient.ParseAsync(again)).QuerySelector("#generated-passwords"));
        Assert.Equal(count, await UserCountAsync());
        using var head = await SignInAsync("imp-again", "Again!head-2026");
    }

    [Fact]
    public async Task A_bad_file_creates_no_account_and_names_every_reason_of_every_line()
    {
        using var admin = await SignInAsync("demo-admin");
        var csv = ImportFiles.Csv(
            Header,
            ["imp-ok", "好人", "居委会", "yicheng", "东虹社区", "Fine!pass-2026"],
            ["imp bad", string.Empty, "村长", "nowhere", string.Empty, string.Empty],
            ["imp-cross", "跨镇", "居委会", "yicheng", "蜀山社区", "Fine!pass-2026"],
            ["imp-ok", "重复", "居委会", "yicheng", "东虹社区", "Fine!pass-2026"],
            ["demo-town", "冒名", "市民政局", string.Empty, string.Empty, "Fine!pass-2026"],
            ["imp-weak", "弱密码", "站长", "yicheng", "城中社区", "abc"],
            ["imp-bureau", "局里", "市民政局", "yicheng", string.Empty, "Fine!pass-2026"]);
        await ImportFiles.AssertRefusedAsync(admin, Page, csv, "users.csv", UserCountAsync, new()
        {
            [3] = ["用户名须为", "姓名不能为空", "角色“村长”无法识别", "没有镇（街道）“nowhere”"],
            [4] = ["没有社区“蜀山社区”"],
            [5] = ["与第 2 行重复"],
            [6] = ["demo-town已存在"],
            [7] = ["密码至少"],
            [8] = ["市级角色不属于任何镇（街道）"],
        });
    }
}
