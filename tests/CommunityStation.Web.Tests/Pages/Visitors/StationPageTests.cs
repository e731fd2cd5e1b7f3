namespace CommunityStation.Web.Tests.Pages.Visitors;

/// <summary>Issue 11 item 6: the public station page gives the station's phone as a tel: link and a plain map link for its address. Own database: the head sets the phone.</summary>
public sealed class StationPageTests(PortalFactory portal) : PortalTests(portal), IClassFixture<PortalFactory>
{
    [Fact]
    public async Task B6_the_public_page_offers_the_service_phone_as_a_tel_link_and_the_address_as_a_map_search_link()
    {
        using var head = await SignInAsync("demo-head");
        var notice = await head.GetDocumentAsync("/Desk/Station");
        var publicUrl = notice.QuerySelector("#public-link")!.GetAttribute("href")!;
        using var anonymous = new PortalClient(Portal);
        Assert.Null((await anonymous.GetDocumentAsync(publicUrl)).QuerySelector("#phone"));

        var refused = await head.SubmitFormAsync("/Desk/Station", new Dictionary<string, string> { ["Phone"] = "12345" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("服务电话无效", (await PortalClient.ParseAsync(refused)).Body!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await head.SubmitFormAsync("/Desk/Station", new Dictionary<string, string> { ["Phone"] = "（0510）８７６５４３２１" })).StatusCode);
        Assert.Equal("0510-87654321", (await head.GetDocumentAsync("/Desk/Station")).QuerySelector("#Phone")!.GetAttribute("value"));

        var page = await anonymous.GetDocumentAsync(publicUrl);
        var phone = page.QuerySelector("#phone")!;
        Assert.Equal("tel:+86-510-87654321", phone.GetAttribute("href"));
        Assert.Equal("0510-87654321", phone.TextContent.Trim());

        var address = page.QuerySelector("#address")!.TextContent.Trim();
        var map = new Uri(page.QuerySelector("#map-link")!.GetAttribute("href")!);
        Assert.Equal("https", map.Scheme);
        Assert.Contains(address, Uri.UnescapeDataString(map.Query), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main iframe, main script"));
    }

    [Theory]
    [InlineData("13912345678", "tel:+86-13912345678")]
    [InlineData("0510-87654321", "tel:+86-510-87654321")]
    [InlineData("010-12345678-123", "tel:+86-10-12345678;ext=123")]
    public void A_stored_number_dials_with_the_country_code(string stored, string tel) =>
        Assert.Equal(tel, CommunityStation.Web.Pages.Visitors.StationModel.Dial(stored));
}
