namespace CommunityStation.Web.Tests.Pages.Settings.ServiceItems;

/// <summary>Settings/ServiceItems: filtered by duty area (by name), state and name in either language; paged with a total; exported with the filter.</summary>
public sealed class ServiceItemListTests(PortalFactory portal) : SharedPortalTests(portal)
{
    private static string? Item(IElement row) => row.GetAttribute("data-item");

    [Theory]
    [InlineData(10)]
    [InlineData(7)]
    public async Task The_bureau_walks_every_service_item_in_the_areas_order_and_exports_them(int pageSize)
    {
        using var bureau = await SignInAsync("demo-bureau");
        var csv = await ListPages.AssertWalksAndExportsAsync(bureau, "/Settings/ServiceItems", "#service-items tbody tr", Item, pageSize);
        Assert.Equal(["职责领域", "服务事项", "英文名称", "承诺办结天数", "状态"], csv[0]);
        Assert.Equal("社区安全", csv[1][0]);
        Assert.DoesNotContain(csv.Skip(1), l => Regex.IsMatch(l[0], @"^D\d"));
    }

    [Fact]
    public async Task The_filters_narrow_by_area_state_and_chinese_or_english_name()
    {
        using var bureau = await SignInAsync("demo-bureau");
        var d5 = await bureau.GetDocumentAsync("/Settings/ServiceItems?area=D5&pageSize=200");
        Assert.NotEmpty(d5.QuerySelectorAll("#service-items tbody tr"));
        Assert.All(d5.QuerySelectorAll("#service-items tbody tr"), r => Assert.Equal("D5", r.GetAttribute("data-area")));
        Assert.Contains("低保对象服务", d5.QuerySelectorAll("#service-items tbody tr").Select(Item));
        Assert.Equal(ListPages.Total(d5), (await ListPages.ExportCsvAsync(bureau, d5)).Count - 1);

        Assert.Equal(["低保对象服务"], (await bureau.GetDocumentAsync("/Settings/ServiceItems?search=" + Uri.EscapeDataString("低保对象"))).QuerySelectorAll("#service-items tbody tr").Select(r => r.GetAttribute("data-item")));
        var english = await bureau.GetDocumentAsync("/Settings/ServiceItems?search=" + Uri.EscapeDataString("MINIMUM"));
        Assert.True(ListPages.Total(english) >= 1, "an English name is found whatever its case");
        Assert.Equal(0, ListPages.Total(await bureau.GetDocumentAsync("/Settings/ServiceItems?state=inactive&search=" + Uri.EscapeDataString("低保对象"))));
        Assert.Contains(d5.QuerySelectorAll("#create-area option"), o => o.GetAttribute("value") == "D5" && o.TextContent == "社会保障和社会事务");
    }
}
