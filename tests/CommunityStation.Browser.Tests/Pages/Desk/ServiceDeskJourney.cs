namespace CommunityStation.Browser.Tests.Pages.Desk;

/// <summary>Issue 5's flow: intake → refer to the RC → back → complete → the resident rates by the link → it shows on the public page and the dashboard.</summary>
public sealed class ServiceDeskJourney(BrowserPortal portal) : BrowserJourney(portal)
{
    [Fact]
    public async Task Intake_refer_back_complete_rate_and_see_the_rating_on_the_public_page_and_the_dashboard()
    {
        var desk = await Portal.SignedInPageAsync("demo-desk");
        var policyViolations = BrowserPortal.WatchPolicyViolations(desk, "script-src");

        // Intake, keyboard-friendly: the search box has focus; a new resident with minimal data.
        await desk.ClickAsync("a[data-nav='intake']");
        await desk.FillAsync("#Input_ResidentName", "陈大爷");
        await desk.SelectOptionAsync("#Input_ServiceItemId", new SelectOptionValue { Label = "低保对象服务（承诺 10 个工作日）" });
        await desk.FillAsync("#Input_Request", "咨询低保续办需要的材料");
        await desk.ClickAsync("#receive");
        await desk.WaitForSelectorAsync("#receipt");
        var number = (await desk.TextContentAsync("#case-number"))!.Trim();
        Assert.True(await desk.Locator("#status-qr svg").IsVisibleAsync());
        var ratingLink = await desk.GetAttributeAsync("#rating-link", "href");

        // Refer to the RC (self-governance), take it back, complete with a result.
        await desk.ClickAsync("a:has-text('查看案件')");
        await desk.SelectOptionAsync("#refer-target", "ResidentsCommittee");
        await desk.FillAsync("#refer-note", "涉及楼道自治公约，请居委会协调");
        await desk.ClickAsync("#refer");
        await desk.WaitForSelectorAsync("#case-status[data-status='Referred']");
        await desk.FillAsync("#take-back-note", "居委会已协调完毕");
        await desk.ClickAsync("#take-back");
        await desk.WaitForSelectorAsync("#case-status[data-status='InProgress']");
        await desk.FillAsync("#work-result", "已告知所需材料并协助准备");
        await desk.ClickAsync("#complete");
        await desk.WaitForSelectorAsync("#case-status[data-status='Completed']");
        Assert.Equal(4, await desk.Locator("#case-timeline li").CountAsync());

        // The resident rates from the receipt's link, no sign-in.
        var resident = await Portal.NewPageAsync();
        policyViolations.Watch(resident);
        await resident.GotoAsync(ratingLink!);
        await resident.CheckAsync("#level-Satisfied");
        await resident.FillAsync("#Input_Comment", "服务很耐心");
        await resident.ClickAsync("#send-rating");
        await resident.WaitForSelectorAsync("#thanks");

        // The rating shows on the public page and on the desk dashboard.
        var head = await Portal.SignedInPageAsync("demo-head");
        await head.ClickAsync("a[data-nav='station-page']");
        var publicUrl = await head.GetAttributeAsync("#public-link", "href");
        await resident.GotoAsync(Portal.BaseUrl + publicUrl);
        Assert.Equal("1", await resident.GetAttributeAsync("#public-ratings", "data-total"));
        Assert.Contains("免费", await resident.TextContentAsync("#free-notice"), StringComparison.Ordinal);

        await desk.ClickAsync("a[data-nav='desk']");
        Assert.Contains("满意 1", await desk.TextContentAsync("#rating-total"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(number));

        // Receipt, case, rating and public pages run no inline script (CSP script-src 'self').
        policyViolations.AssertNone();
    }
}
