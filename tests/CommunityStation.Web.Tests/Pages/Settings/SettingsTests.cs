namespace CommunityStation.Web.Tests.Pages.Settings;

/// <summary>The bureau's dated policy settings and its duty-area service items, on a database of this class's own.</summary>
public sealed class SettingsTests(PortalFactory portal) : OwnPortalTests(portal)
{
    [Fact]
    public async Task S1_a_new_households_per_worker_value_applies_from_its_effective_date_only()
    {
        using var bureau = await SignInAsync("demo-bureau");
        var edit = $"/Settings/Policy/Edit?key={PolicySettingKeys.HouseholdsPerWorker}";
        await bureau.SaveFormAsync(edit, new Dictionary<string, string>
        {
            ["Input.Value"] = "250",
            ["Input.EffectiveFrom"] = "2027-01-01",
            ["Input.Note"] = "宜政办发〔2027〕1号（测试）",
        }, "form#policy-edit-form");

        var history = await bureau.GetDocumentAsync(edit);
        Assert.Contains("250", history.QuerySelector("#setting-history")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("宜政办发〔2027〕1号（测试）", history.QuerySelector("#setting-history")!.TextContent, StringComparison.Ordinal);

        var before = await bureau.GetDocumentAsync("/Settings/Policy?on=2026-12-31");
        var after = await bureau.GetDocumentAsync("/Settings/Policy?on=2027-01-02");
        Assert.NotEqual(Row(before), Row(after));
        Assert.Contains("250", Row(after), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_outside_the_rules_range_is_refused_next_to_the_field_and_kept()
    {
        var response = await SubmitAsAsync("demo-bureau", $"/Settings/Policy/Edit?key={PolicySettingKeys.HouseholdsPerWorker}", new Dictionary<string, string>
        {
            ["Input.Value"] = "999999",
            ["Input.EffectiveFrom"] = "2027-01-01",
        }, "form#policy-edit-form");
        var page = await Refused.ByRuleAtFieldAsync(response, "S1", "Input.Value");
        Assert.Equal("999999", page.QuerySelector("#Input_Value")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_service_item_is_added_to_a_duty_area_and_a_duplicate_name_is_refused()
    {
        using var bureau = await SignInAsync("demo-bureau");
        var fields = new Dictionary<string, string>
        {
            ["Input.NameZh"] = "（测试）社区安全巡查登记",
            ["Input.NameEn"] = "Test patrol registration",
            ["Input.PromisedDays"] = "5",
        };
        var created = await bureau.SubmitFormAsync("/Settings/ServiceItems/Create?area=D1", fields, "form#service-item-form");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var list = await bureau.GetDocumentAsync("/Settings/ServiceItems");
        Assert.Contains("（测试）社区安全巡查登记", list.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var again = await bureau.SubmitFormAsync("/Settings/ServiceItems/Create?area=D1", fields, "form#service-item-form");
        var page = await Refused.AtFieldAsync(again, "Input.NameZh");
        Assert.Equal("（测试）社区安全巡查登记", page.QuerySelector("#Input_NameZh")!.GetAttribute("value"));
    }

    [Fact]
    public async Task P2_a_service_item_gets_a_new_name_and_promised_days_on_its_edit_page()
    {
        using var bureau = await SignInAsync("demo-bureau");
        var fields = new Dictionary<string, string> { ["Input.NameZh"] = "（测试）待改名事项", ["Input.PromisedDays"] = "5" };
        await bureau.SaveFormAsync("/Settings/ServiceItems/Create?area=D2", fields, "form#service-item-form");
        var edit = (await bureau.GetDocumentAsync("/Settings/ServiceItems")).QuerySelector("tr[data-item='（测试）待改名事项'] a")!.GetAttribute("href")!;

        await bureau.SaveFormAsync(edit, new Dictionary<string, string> { ["Input.NameZh"] = "（测试）已改名事项", ["Input.PromisedDays"] = "12" }, "form#service-item-form");
        var row = (await bureau.GetDocumentAsync("/Settings/ServiceItems")).QuerySelector("tr[data-item='（测试）已改名事项']")!;
        Assert.Equal("12", row.QuerySelector(".promised-days")!.TextContent.Trim());

        var refused = await bureau.SubmitFormAsync(edit, new Dictionary<string, string> { ["Input.PromisedDays"] = "0" }, "form#service-item-form");
        await Refused.AtFieldAsync(refused, "Input.PromisedDays");
    }

    private static string Row(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("#policy-settings tr").First(r => r.TextContent.Contains("S1", StringComparison.Ordinal)).TextContent;
}
