namespace CommunityStation.Web.Tests.Security;

/// <summary>Bad input gets a message in the user's language next to the field, or a page naming the limit: never a 500.</summary>
public sealed class InputMessagesTests(PortalFactory portal) : SharedPortalTests(portal)
{
    [Fact]
    public async Task A_too_long_user_name_is_refused_entirely_in_Chinese()
    {
        using var client = new PortalClient(Portal);
        var response = await client.SubmitFormAsync("/Account/Login", new Dictionary<string, string> { ["Input.UserName"] = new('a', 300), ["Input.Password"] = "x" });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("用户名", (await PortalClient.ParseAsync(response)).QuerySelector("[data-valmsg-for='Input.UserName'], .validation-summary-errors, .text-danger")?.TextContent ?? html, StringComparison.Ordinal);
        Assert.DoesNotContain("User Name", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_too_long_user_name_is_refused_entirely_in_English()
    {
        using var client = new PortalClient(Portal);
        await client.UseCultureAsync("en");
        var response = await client.SubmitFormAsync("/Account/Login", new Dictionary<string, string> { ["Input.UserName"] = new('a', 300), ["Input.Password"] = "x" });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("256", html, StringComparison.Ordinal);
        Assert.DoesNotContain("必须", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task Empty_required_fields_give_no_framework_English(string culture)
    {
        using var client = new PortalClient(Portal);
        await client.UseCultureAsync(culture);
        var response = await client.SubmitFormAsync("/Account/Login", new Dictionary<string, string> { ["Input.UserName"] = string.Empty, ["Input.Password"] = string.Empty });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("field is required", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_URL_encoded_NUL_is_a_field_error()
    {
        using var client = new PortalClient(Portal);
        var response = await client.SubmitFormAsync("/Account/Login", new Dictionary<string, string> { ["Input.UserName"] = "demo\0desk", ["Input.Password"] = "x" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("此项含有不允许的控制字符", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "请勾选或不勾选此项。")]
    [InlineData("en", "Tick or untick this box.")]
    public async Task A_checkbox_with_a_value_that_is_not_a_boolean_re_renders_with_a_message(string culture, string message)
    {
        using var client = await SignInAsync("demo-desk");
        await client.UseCultureAsync(culture);
        var response = await client.SubmitFormAsync("/Desk/Intake", new Dictionary<string, string> { ["Input.ConsentRecorded"] = "abc", ["Input.Anonymous"] = "-1" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_5_MB_field_gets_a_page_naming_the_field_limit()
    {
        using var client = new PortalClient(Portal);
        var response = await client.SubmitFormAsync("/Account/Login", new Dictionary<string, string> { ["Input.UserName"] = new('a', 5 * 1024 * 1024), ["Input.Password"] = "x" });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("1 MB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_40_MB_upload_gets_a_page_naming_the_request_limit()
    {
        using var client = await SignInAsync("demo-rc");
        var file = new byte[40 * 1024 * 1024];
        using var body = new MultipartFormDataContent { { new ByteArrayContent(file), "file", "big.pdf" } };
        var response = await client.PostMultipartAsync("/Registration/Applications", body);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("32 MB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Staff/People/Details/abc")]
    [InlineData("/Staff/People/Edit/123")]
    [InlineData("/Desk/Cases/Details/not-a-guid")]
    public async Task An_id_of_the_wrong_type_is_not_found(string url)
    {
        using var client = await SignInAsync("demo-head");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
    }

    [Theory]
    [InlineData("/Desk/Ledger?From=abc&To=2026-02-30&DeskId=abc")]
    [InlineData("/Desk/Ledger?From=%00&Staff=%00")]
    public async Task Query_values_of_the_wrong_type_do_not_break_the_page(string url)
    {
        using var client = await SignInAsync("demo-head");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
    }
}
