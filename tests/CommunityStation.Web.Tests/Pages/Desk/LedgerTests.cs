namespace CommunityStation.Web.Tests.Pages.Desk;

/// <summary>
/// Desk/Ledger: filtered by duty area (by name, never the bare code), status and staff, paged with a total, exported
/// with the filter and with the UTC instant beside Beijing time. Own database: the class takes cases in.
/// </summary>
public sealed class LedgerTests(PortalFactory portal) : OwnPortalTests(portal)
{
    [Fact]
    public async Task The_ledger_walks_its_pages_and_exports_the_rows_of_the_filter_with_beijing_and_utc_times()
    {
        using var desk = await SignInAsync("demo-desk");
        for (var i = 0; i < 3; i++)
        {
            await DeskSteps.IntakeAsync(desk, $"台账{i}", null);
        }

        var csv = await ListPages.AssertWalksAndExportsAsync(desk, "/Desk/Ledger?area=D5", "#ledger tbody tr", r => r.GetAttribute("data-number"), pageSize: 1);
        Assert.Equal("受理时间（UTC）", csv[0][^2]);
        foreach (var line in csv.Skip(1))
        {
            Assert.Equal("社会保障和社会事务", line[3]);
            var beijing = DateTime.ParseExact(line[2], "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            var utc = DateTime.ParseExact(line[^2], "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            Assert.Equal(beijing, new DateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, 0, DateTimeKind.Unspecified).AddHours(8));
        }
    }

    [Fact]
    public async Task The_duty_area_filter_offers_names_and_the_status_filter_narrows()
    {
        using var desk = await SignInAsync("demo-desk");
        await DeskSteps.IntakeAsync(desk, "台账状态", null);
        var page = await desk.GetDocumentAsync("/Desk/Ledger");
        var areas = page.QuerySelectorAll("#Area option[value!='']").Select(o => o.TextContent).ToList();
        Assert.Equal(10, areas.Count);
        Assert.Contains("社区安全", areas);
        Assert.DoesNotContain(areas, a => Regex.IsMatch(a, @"\bD\d"));
        Assert.All(page.QuerySelectorAll("#ledger tbody tr td:nth-child(3)"), td => Assert.DoesNotMatch(@"^D\d", td.TextContent));

        Assert.True(ListPages.Total(await desk.GetDocumentAsync("/Desk/Ledger?status=Received")) >= 1);
        Assert.Equal(0, ListPages.Total(await desk.GetDocumentAsync("/Desk/Ledger?status=Completed&staff=" + Uri.EscapeDataString("无此人"))));
    }
}
