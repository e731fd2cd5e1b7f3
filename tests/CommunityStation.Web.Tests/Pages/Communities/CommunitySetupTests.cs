namespace CommunityStation.Web.Tests.Pages.Communities;

/// <summary>A town official creates, imports, renames and merges communities. Own database: the class changes communities.</summary>
public sealed class CommunitySetupTests(PortalFactory portal) : OwnPortalTests(portal)
{
    private const string ImportPage = "/Communities/Import";
    private static readonly string[] Header = ["社区名称", "户数", "居委会任期开始", "居委会任期结束", "社区党组织", "党组织书记", "居委会主任"];

    private Task<Community?> CommunityAsync(string name) =>
        QueryAsync(Demo.Yicheng, db => db.Communities.AsNoTracking().FirstOrDefaultAsync(c => c.Name == name));

    private async Task<Guid> ImportNewAsync(PortalClient official, string name, int households = 500)
    {
        var file = await ImportFiles.XlsxAsync(Header, [name, households.ToString(CultureInfo.InvariantCulture), "2024-01-01", "2028-12-31", string.Empty, string.Empty, string.Empty]);
        Assert.Equal(1, (await ImportFiles.TakenAsync(await ImportFiles.UploadAsync(official, ImportPage, file))).Created);
        return (await CommunityAsync(name))!.Id;
    }

    [Fact]
    public async Task An_official_creates_a_community_and_a_name_the_town_has_already_is_refused_at_the_field()
    {
        using var official = await SignInAsync("demo-town");
        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = "阳泉社区",
            ["Input.Households"] = "1800",
            ["Input.RcTermStart"] = "2024-01-01",
            ["Input.RcTermEnd"] = "2028-12-31",
            ["Input.PartyOrganisation"] = "中共阳泉社区委员会",
        };
        await official.SaveFormAsync("/Communities/Create", fields);
        Assert.Equal(1800, (await CommunityAsync("阳泉社区"))!.Households);

        var again = await official.SubmitFormAsync("/Communities/Create", fields);
        var page = await Refused.AtFieldAsync(again, "Input.Name");
        Assert.Equal("中共阳泉社区委员会", page.QuerySelector("input[name='Input.PartyOrganisation']")!.GetAttribute("value"));
        await Refused.AtFieldAsync(await official.SubmitFormAsync("/Communities/Create", new Dictionary<string, string>(fields) { ["Input.Name"] = "新社区", ["Input.Households"] = "-1" }), "Input.Households");
    }

    [Fact]
    public async Task An_xlsx_import_creates_the_communities_and_the_same_file_again_changes_nothing()
    {
        using var official = await SignInAsync("demo-town");
        var file = await ImportFiles.XlsxAsync(Header,
            ["岳堤社区", "2100", "2024-01-01", "2028-12-31", "中共岳堤社区委员会", string.Empty, string.Empty],
            ["东山社区", "1650", "2024-01-01", "2028-12-31", string.Empty, string.Empty, string.Empty]);
        Assert.Equal((2, 0, 0), await ImportFiles.TakenAsync(await ImportFiles.UploadAsync(official, ImportPage, file)));
        Assert.Equal((0, 0, 2), await ImportFiles.TakenAsync(await ImportFiles.UploadAsync(official, ImportPage, file)));
        Assert.Equal("中共岳堤社区委员会", (await CommunityAsync("岳堤社区"))!.PartyOrganisation);
        Assert.Null(await QueryAsync(Demo.Dingshu, db => db.Communities.FirstOrDefaultAsync(c => c.Name == "岳堤社区")));
    }

    [Fact]
    public async Task A_bad_import_takes_nothing_and_names_every_line_and_every_reason()
    {
        using var official = await SignInAsync("demo-town");
        var csv = ImportFiles.Csv(
            Header,
            ["桃园社区", "1200", "2024-01-01", "2028-12-31", string.Empty, string.Empty, string.Empty],
            ["坏社区", "很多", "2024-02-30", "2023-01-01", string.Empty, string.Empty, string.Empty],
            ["东虹社区", "9999", "2024-01-01", "2028-12-31", string.Empty, string.Empty, string.Empty],
            ["桃园社区", "1300", "2024-01-01", "2028-12-31", string.Empty, string.Empty, string.Empty],
            ["新庄社区", "800", "2024-01-01", "2028-12-31", string.Empty, "张三", string.Empty],
            ["倒期社区", "800", "2028-01-01", "2024-12-31", string.Empty, string.Empty, string.Empty]);
        await ImportFiles.AssertRefusedAsync(official, ImportPage, csv, "communities.csv", () => QueryAsync(Demo.Yicheng, db => db.Communities.CountAsync()), new()
        {
            [3] = ["户数“很多”不是整数", "居委会任期开始“2024-02-30”无效"],
            [4] = ["社区东虹社区已存在"],
            [5] = ["与第 2 行重复"],
            [6] = ["新社区还没有人员"],
            [7] = ["结束日期必须晚于开始日期"],
        });
        Assert.Null(await CommunityAsync("桃园社区"));
    }

    [Fact]
    public async Task S3_updating_existing_communities_sets_households_and_names_the_secretary_by_id_number()
    {
        using var official = await SignInAsync("demo-town");
        var today = ChinaDate.Of(DateTimeOffset.UtcNow);
        var person = await QueryAsync(Demo.Yicheng, db => db.WorkforceAssignments
            .Where(w => w.CommunityId == Demo.Nanhong && w.From <= today && (w.To == null || w.To >= today))
            .Join(db.People, w => w.PersonId, p => p.Id, (w, p) => new { p.Id, p.IdNumber }).FirstAsync());
        var nanhong = (await CommunityAsync("南虹社区"))!;
        var director = nanhong.RcDirectorId is { } d ? await QueryAsync(Demo.Yicheng, db => db.People.Where(p => p.Id == d).Select(p => p.IdNumber).SingleAsync()) : string.Empty;
        string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var file = await ImportFiles.XlsxAsync(Header, ["南虹社区", "3300", Day(nanhong.RcTermStart), Day(nanhong.RcTermEnd), nanhong.PartyOrganisation ?? string.Empty, person.IdNumber, director]);

        Assert.Contains(2, (await ImportFiles.RefusedAsync(await ImportFiles.UploadAsync(official, ImportPage, file))).Keys);
        Assert.Equal((0, 1, 0), await ImportFiles.TakenAsync(await ImportFiles.UploadAsync(official, ImportPage, file, updateExisting: true)));
        var updated = (await CommunityAsync("南虹社区"))!;
        Assert.Equal((3300, person.Id), (updated.Households, updated.PartySecretaryId!.Value));
    }

    [Fact]
    public async Task R5_a_rename_keeps_the_old_name_in_the_lineage_and_flags_the_registered_station_for_a_change_application()
    {
        using var official = await SignInAsync("demo-town");
        await official.SaveFormAsync($"/Communities/Rename/{Demo.Chengzhong}", new Dictionary<string, string> { ["Input.Name"] = "城中新村社区", ["Input.On"] = "2026-03-01" }, "#rename-form");

        var details = await official.GetDocumentAsync($"/Communities/Details/{Demo.Chengzhong}");
        Assert.Contains("城中社区", details.QuerySelector("#lineage tr[data-kind='Renamed']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("宜兴市宜城街道城中新村社区事务工作站", details.QuerySelector("#name-change-needed")!.TextContent, StringComparison.Ordinal);
        var station = await QueryAsync(Demo.Yicheng, db => db.Stations.Where(s => s.CommunityId == Demo.Chengzhong).Select(s => new { s.Id, s.Name }).SingleAsync());
        Assert.Equal("宜兴市宜城街道城中社区事务工作站", station.Name);
        Assert.NotNull((await official.GetDocumentAsync($"/Registration/Stations/Details/{station.Id}")).QuerySelector("#name-change-needed"));
    }

    [Fact]
    public async Task R5_a_rename_is_refused_while_an_application_carries_the_old_name_and_a_taken_name_is_refused()
    {
        using var official = await SignInAsync("demo-town");
        var refused = await official.SubmitFormAsync($"/Communities/Rename/{Demo.Jiubin}", new Dictionary<string, string> { ["Input.Name"] = "氿滨新社区" }, "#rename-form");
        await Refused.ByRuleAtFieldAsync(refused, "R5", "Input.Name");
        await Refused.AtFieldAsync(await official.SubmitFormAsync($"/Communities/Rename/{Demo.Nanhong}", new Dictionary<string, string> { ["Input.Name"] = "东虹社区" }, "#rename-form"), "Input.Name");
        Assert.Equal("氿滨社区", (await QueryAsync(Demo.Yicheng, db => db.Communities.SingleAsync(c => c.Id == Demo.Jiubin))).Name);
    }

    [Fact]
    public async Task A_merge_retires_one_community_into_the_other_moves_its_peoples_sides_and_keeps_the_history()
    {
        using var official = await SignInAsync("demo-town");
        var jia = await ImportNewAsync(official, "甲社区", 400);
        var yi = await ImportNewAsync(official, "乙社区", 600);
        string Id(string first17) => first17 + ChineseIdNumber.ComputeCheckCharacter(first17);
        var idNumber = Id("32028219800303303");
        var staff = ImportFiles.Csv("姓名,身份证号码,手机号码,学历,计算机,社会工作专业,社工证,社区,队伍,起始日期", $"合并甲,{idNumber},13800007777,大专,会,否,否,甲社区,居委会成员,2024-01-01");
        Assert.Equal(1, (await ImportFiles.TakenAsync(await ImportFiles.UploadAsync(official, "/Staff/Import", staff, "staff.csv"))).Created);

        await official.SaveFormAsync($"/Communities/Merge/{jia}", new Dictionary<string, string> { ["Input.IntoId"] = yi.ToString(), ["Input.On"] = "2026-04-01" }, "#merge-form");

        var retired = (await CommunityAsync("甲社区"))!;
        Assert.Equal((new DateOnly(2026, 4, 1), yi), (retired.RetiredOn!.Value, retired.MergedIntoId!.Value));
        Assert.Equal(1000, (await CommunityAsync("乙社区"))!.Households);
        var sides = await QueryAsync(Demo.Yicheng, db => db.WorkforceAssignments.Where(w => db.People.Any(p => p.Id == w.PersonId && p.IdNumber == idNumber)).OrderBy(w => w.From).ToListAsync());
        Assert.Equal([(jia, (DateOnly?)new DateOnly(2026, 3, 31)), (yi, null)], sides.Select(s => (s.CommunityId, s.To)));

        var list = await official.GetDocumentAsync("/Communities");
        Assert.DoesNotContain("甲社区", list.AttributesOf("#communities tbody tr", "data-community"));
        Assert.Contains("甲社区", (await official.GetDocumentAsync("/Communities?retired=true")).AttributesOf("#communities tbody tr", "data-community"));
        Assert.NotNull((await official.GetDocumentAsync($"/Communities/Details/{jia}")).QuerySelector("#retired"));
        Assert.NotNull((await official.GetDocumentAsync($"/Communities/Details/{yi}")).QuerySelector("#lineage tr[data-kind='Absorbed']"));
        Assert.Equal(HttpStatusCode.NotFound, (await official.GetAsync($"/Communities/Merge/{jia}")).StatusCode);
        using var admin = await SignInAsync("demo-admin");
        Assert.DoesNotContain((await admin.GetDocumentAsync("/Admin/Users/Create")).QuerySelectorAll("#Input_CommunityId option"), o => o.TextContent == "甲社区");
    }

    [Fact]
    public async Task R3_two_communities_that_both_have_a_registered_station_are_not_merged_and_the_reason_is_at_the_field()
    {
        using var official = await SignInAsync("demo-town");
        var refused = await official.SubmitFormAsync($"/Communities/Merge/{Demo.Chengzhong}", new Dictionary<string, string> { ["Input.IntoId"] = Demo.Nanhong.ToString() }, "#merge-form");
        Assert.Contains("都有已登记的工作站", (await Refused.ByRuleAtFieldAsync(refused, "R3", "Input.IntoId")).QuerySelector("span[data-valmsg-for='Input.IntoId']")!.TextContent, StringComparison.Ordinal);
        Assert.Null(await QueryAsync(Demo.Yicheng, db => db.Communities.Where(c => c.Id == Demo.Chengzhong).Select(c => c.RetiredOn).SingleAsync()));
    }

    [Fact]
    public async Task A_community_that_still_has_accounts_or_whose_partner_has_an_application_in_progress_is_not_merged()
    {
        using var official = await SignInAsync("demo-town");
        var target = await ImportNewAsync(official, "丙社区");
        var accounts = await official.SubmitFormAsync($"/Communities/Merge/{Demo.Donghong}", new Dictionary<string, string> { ["Input.IntoId"] = target.ToString() }, "#merge-form");
        Assert.Matches(@"\d+ 个账号", await Refused.MessageAtAsync(accounts, "Input.IntoId"));
        var application = await official.SubmitFormAsync($"/Communities/Merge/{target}", new Dictionary<string, string> { ["Input.IntoId"] = Demo.Jiubin.ToString() }, "#merge-form");
        await Refused.ByRuleAtFieldAsync(application, "R1", "Input.IntoId");
    }

    [Fact]
    public async Task A_town_cannot_merge_into_another_towns_community()
    {
        using var official = await SignInAsync("demo-town");
        var target = await ImportNewAsync(official, "丁社区");
        var refused = await official.SubmitFormAsync($"/Communities/Merge/{target}", new Dictionary<string, string> { ["Input.IntoId"] = Demo.Shushan.ToString() }, "#merge-form");
        await Refused.AtFieldAsync(refused, "Input.IntoId");
        Assert.Null((await CommunityAsync("丁社区"))!.RetiredOn);
    }
}
