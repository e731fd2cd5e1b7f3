using CommunityStation.Domain.Tenancy;

namespace CommunityStation.Web.Tests.Pages.Admin.Tenants;

/// <summary>辖区管理: the administrator creates, edits and retires tenants. Own database: the class adds and retires tenants.</summary>
public sealed class TenantPagesTests(PortalFactory portal) : OwnPortalTests(portal)
{
    private static Dictionary<string, string> NewTenant(string code, string name, string officialCode) => new()
    {
        ["Input.Name"] = name,
        ["Input.Kind"] = nameof(TenantKind.Town),
        ["Input.OfficialCode"] = officialCode,
        ["Input.Code"] = code,
    };

    private async Task<Tenant> TenantAsync(string code)
    {
        await using var db = Portal.CreateDbContext(null);
        return await db.Tenants.AsNoTracking().SingleAsync(t => t.Code == code);
    }

    [Fact]
    public async Task An_administrator_creates_a_town_with_its_division_code_and_url_code_and_it_is_offered_for_new_accounts()
    {
        using var admin = await SignInAsync("demo-admin");
        await admin.SaveFormAsync("/Admin/Tenants/Create", NewTenant("ＧＡＯＴＵＮＧ", "高塍镇", "３２０２８２１０２"));
        var tenant = await TenantAsync("gaotung");
        Assert.Equal(("高塍镇", TenantKind.Town, "320282102"), (tenant.Name, tenant.Kind, tenant.OfficialCode));

        var list = await admin.GetDocumentAsync("/Admin/Tenants");
        Assert.NotNull(list.QuerySelector("#tenants tr[data-tenant='gaotung']"));
        var create = await admin.GetDocumentAsync("/Admin/Users/Create");
        Assert.Contains(create.QuerySelectorAll("#Input_TenantId option"), o => o.TextContent == "高塍镇");

        var audit = await QueryAsync(null, db => db.AuditEntries.AnyAsync(a => a.Entity == "Tenant" && a.Kind == "Created" && a.UserName == "demo-admin"));
        Assert.True(audit);
    }

    /// <summary>Codes and names that exist already (another tenant's, in any letter case or width) and codes that are malformed.</summary>
    public static TheoryData<string, string, string, string> Refusals => new()
    {
        { "yicheng", "新名镇", "320282199", "Input.Code" },
        { "YiCheng", "新名镇", "320282199", "Input.Code" },
        { "xinming", "宜城街道", "320282199", "Input.Name" },
        { "1abc", "新名镇", "320282199", "Input.Code" },
        { "xinming", "新名镇", "3202821", "Input.OfficialCode" },
        { "xinming", string.Empty, "320282199", "Input.Name" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_code_or_name_that_exists_or_cannot_be_used_is_refused_at_its_field_and_the_input_is_kept(string code, string name, string officialCode, string field)
    {
        var response = await SubmitAsAsync("demo-admin", "/Admin/Tenants/Create", NewTenant(code, name, officialCode));
        var page = await Refused.AtFieldAsync(response, field);
        Assert.Equal(officialCode, page.QuerySelector("input[name='Input.OfficialCode']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Editing_changes_the_name_and_division_code_but_the_url_code_stays_and_public_addresses_keep_working()
    {
        using var admin = await SignInAsync("demo-admin");
        await admin.SaveFormAsync($"/Admin/Tenants/Edit/{Demo.Dingshu}", new Dictionary<string, string>
        {
            ["Input.Name"] = "丁蜀镇人民政府",
            ["Input.OfficialCode"] = "320282100000",
            ["Input.Code"] = "hijacked",
        });
        var tenant = await TenantAsync("dingshu");
        Assert.Equal(("丁蜀镇人民政府", "320282100000"), (tenant.Name, tenant.OfficialCode));

        // The station's public address carries the unchanged code; its registered name now needs a change application (R5).
        var station = await QueryAsync(Demo.Dingshu, db => db.Stations.Where(s => s.Status == StationStatus.Registered).Select(s => s.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.OK, (await GetAnonymouslyAsync($"/Public/Stations/dingshu/{station}")).StatusCode);
        Assert.NotNull((await admin.GetDocumentAsync($"/Registration/Stations/Details/{station}")).QuerySelector("#name-change-needed"));
    }

    [Fact]
    public async Task Retiring_a_tenant_that_still_has_stations_accounts_and_staff_is_refused_with_what_is_left()
    {
        using var admin = await SignInAsync("demo-admin");
        var page = await admin.GetDocumentAsync($"/Admin/Tenants/Retire/{Demo.Yicheng}");
        Assert.NotEqual("0", page.QuerySelector("#left-stations")!.TextContent.Trim());
        var refused = await admin.SubmitFormAsync($"/Admin/Tenants/Retire/{Demo.Yicheng}", new Dictionary<string, string>(), "#retire-form");
        var message = await Refused.MessageAtAsync(refused, "Input.RetiredOn");
        Assert.Matches(@"已登记的工作站 [1-9]\d* 个、启用的账号 [1-9]\d* 个、在岗人员 [1-9]\d* 名", message);
        Assert.False((await TenantAsync("yicheng")).IsRetired);
    }

    [Fact]
    public async Task A_retired_tenant_leaves_the_pickers_stays_readable_and_its_code_is_never_reused()
    {
        using var admin = await SignInAsync("demo-admin");
        await admin.SaveFormAsync("/Admin/Tenants/Create", NewTenant("linshi", "临时管委会", "320282900"));
        var id = (await TenantAsync("linshi")).Id;
        await admin.SaveFormAsync($"/Admin/Tenants/Retire/{id}", new Dictionary<string, string> { ["Input.RetiredOn"] = "2026-06-30" }, "#retire-form");

        Assert.Equal(new DateOnly(2026, 6, 30), (await TenantAsync("linshi")).RetiredOn);
        Assert.Null((await admin.GetDocumentAsync("/Admin/Tenants")).QuerySelector("tr[data-tenant='linshi']"));
        Assert.NotNull((await admin.GetDocumentAsync("/Admin/Tenants?retired=true")).QuerySelector("tr[data-tenant='linshi']"));
        Assert.DoesNotContain((await admin.GetDocumentAsync("/Admin/Users/Create")).QuerySelectorAll("#Input_TenantId option"), o => o.TextContent == "临时管委会");

        var again = await admin.SubmitFormAsync("/Admin/Tenants/Create", NewTenant("linshi", "另一个管委会", "320282901"));
        Assert.Contains("已撤销", await Refused.MessageAtAsync(again, "Input.Code"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/Admin/Tenants/Edit/{id}")).StatusCode);
    }

    [Theory]
    [InlineData("/Admin/Tenants/Edit/{0}")]
    [InlineData("/Admin/Tenants/Retire/{0}")]
    public Task An_unknown_tenant_id_is_a_404(string page) => Isolation.AssertOtherTenantGets404Async(Portal, "demo-admin", page, Guid.NewGuid());

    [Theory]
    [InlineData("demo-town")]
    [InlineData("demo-bureau")]
    public async Task Only_the_administrator_manages_tenants(string user)
    {
        await Isolation.AssertDeniedAsync(Portal, user, "/Admin/Tenants");
        await Isolation.AssertDeniedAsync(Portal, user, $"/Admin/Tenants/Edit/{Demo.Yicheng}");
        await Isolation.AssertDeniedAsync(Portal, user, "/Admin/Tenants/Import");
    }
}
