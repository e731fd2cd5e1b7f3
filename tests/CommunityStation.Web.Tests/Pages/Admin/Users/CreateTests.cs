namespace CommunityStation.Web.Tests.Pages.Admin.Users;

/// <summary>Admin/Users/Create. Own database: the class adds accounts.</summary>
public sealed class CreateTests(PortalFactory portal) : OwnPortalTests(portal)
{
    private static Dictionary<string, string> Account(string userName, Guid communityId) => new()
    {
        ["Input.UserName"] = userName,
        ["Input.DisplayName"] = "王芳",
        ["Input.Password"] = "Xinjie!rc-2026",
        ["Input.Role"] = AppRoles.RcOfficer,
        ["Input.TenantId"] = DemoData.TenantId("xinjie").ToString(),
        ["Input.CommunityId"] = communityId.ToString(),
    };

    [Fact]
    public async Task An_administrator_creates_an_rc_officer_who_signs_in_and_must_choose_a_new_password_first()
    {
        using var admin = await SignInAsync("demo-admin");
        var created = await admin.SubmitFormAsync("/Admin/Users/Create", Account("rc-xinjie-new", DemoData.CommunityId("xinjie", "新街社区")));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var edit = await admin.GetDocumentAsync(created.Headers.Location!.ToString());
        Assert.Equal("rc-xinjie-new", edit.QuerySelector("#user-name")!.TextContent.Trim());
        Assert.Contains("居委会", edit.QuerySelector("#user-roles")!.TextContent, StringComparison.Ordinal);

        using var rc = await SignInAsync("rc-xinjie-new", "Xinjie!rc-2026");
        var first = await rc.GetAsync("/Registration/Applications");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/MyAccount/ChangePassword", first.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_community_of_another_tenant_is_refused_at_the_field_and_the_input_is_kept()
    {
        using var admin = await SignInAsync("demo-admin");
        var refused = await admin.SubmitFormAsync("/Admin/Users/Create", Account("rc-crossed", Demo.Shushan));
        var page = await Refused.AtFieldAsync(refused, "Input.CommunityId");
        Assert.Equal("rc-crossed", page.QuerySelector("input[name='Input.UserName']")!.GetAttribute("value"));
    }
}
