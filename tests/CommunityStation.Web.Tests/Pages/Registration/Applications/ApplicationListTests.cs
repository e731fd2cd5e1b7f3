namespace CommunityStation.Web.Tests.Pages.Registration.Applications;

/// <summary>Registration/Applications/Index: narrowed by tenant (the bureau), kind, status and name; paged with a total; exported with the filter.</summary>
public sealed class ApplicationListTests(PortalFactory portal) : SharedPortalTests(portal)
{
    private static string? Key(IElement row) => row.QuerySelector("a")?.GetAttribute("href");

    [Fact]
    public async Task The_bureau_walks_every_application_of_the_city_and_exports_the_same_rows_by_name()
    {
        using var bureau = await SignInAsync("demo-bureau");
        var csv = await ListPages.AssertWalksAndExportsAsync(bureau, "/Registration/Applications?all=true", "#applications tbody tr", Key);
        Assert.Equal(["镇（街道）", "社区", "工作站名称", "类型", "状态"], csv[0].Take(5));
        Assert.Contains(csv, l => l[1] == "氿滨社区" && l[3] == "设立登记" && l[4] == "待镇（街道）审核");
        Assert.Equal("进入当前环节（UTC）", csv[0][^1]);
    }

    [Fact]
    public async Task The_filters_narrow_by_tenant_status_kind_and_name_and_the_export_follows()
    {
        using var bureau = await SignInAsync("demo-bureau");
        var dingshu = await bureau.GetDocumentAsync($"/Registration/Applications?all=true&tenant={Demo.Dingshu}");
        Assert.All(dingshu.QuerySelectorAll("#applications tbody tr td:first-child"), td => Assert.Equal("丁蜀镇", td.TextContent.Trim()));
        Assert.All((await ListPages.ExportCsvAsync(bureau, dingshu)).Skip(1), l => Assert.Equal("丁蜀镇", l[0]));

        var waiting = await bureau.GetDocumentAsync("/Registration/Applications?all=true&status=SubmittedToTown&kind=Establish&search=" + Uri.EscapeDataString("氿滨"));
        Assert.Equal(["氿滨社区"], waiting.QuerySelectorAll("#applications tbody tr").Select(r => r.GetAttribute("data-community")));
        Assert.Equal(0, ListPages.Total(await bureau.GetDocumentAsync("/Registration/Applications?all=true&kind=Deregister&search=" + Uri.EscapeDataString("氿滨"))));
    }

    [Fact]
    public async Task A_town_official_gets_no_tenant_choice_and_only_the_towns_applications()
    {
        using var town = await SignInAsync("demo-town2");
        var page = await town.GetDocumentAsync($"/Registration/Applications?all=true&tenant={Demo.Yicheng}");
        Assert.Null(page.QuerySelector("#Tenant"));
        Assert.All(page.QuerySelectorAll("#applications tbody tr td:first-child"), td => Assert.Equal("丁蜀镇", td.TextContent.Trim()));
    }
}
