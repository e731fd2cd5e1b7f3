using System.Net;
using CommunityStation.Infrastructure.Identity;
using CommunityStation.Web.Tests.Infrastructure;

namespace CommunityStation.Web.Tests.Pages.Admin.Users;

/// <summary>Admin/Users/Edit: the account's particulars. Own database: the class changes accounts.</summary>
public sealed class EditTests(PortalFactory portal) : PortalTests(portal), IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_new_name_is_saved_and_shown_on_the_account()
    {
        var user = await Portal.CreateUserAsync("town-rename", AppRoles.TownOfficial, "yicheng");
        var edit = $"/Admin/Users/Edit/{await AdminUsers.IdOfAsync(Portal, user)}";
        using var admin = await SignInAsync("demo-admin");

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync(edit, new Dictionary<string, string> { ["Input.DisplayName"] = "陈静" }, "#edit-user-form")).StatusCode);
        Assert.Equal("陈静", (await admin.GetDocumentAsync(edit)).QuerySelector("#user-display-name")!.TextContent.Trim());
    }

    [Fact]
    public async Task An_empty_name_is_refused_at_the_field()
    {
        var user = await Portal.CreateUserAsync("town-noname", AppRoles.TownOfficial, "yicheng");
        var edit = $"/Admin/Users/Edit/{await AdminUsers.IdOfAsync(Portal, user)}";
        using var admin = await SignInAsync("demo-admin");

        var refused = await admin.SubmitFormAsync(edit, new Dictionary<string, string> { ["Input.DisplayName"] = " " }, "#edit-user-form");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotEmpty((await PortalClient.ParseAsync(refused)).QuerySelector("span[data-valmsg-for='Input.DisplayName']")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_form_opened_before_someone_else_saved_is_refused_and_the_page_says_so()
    {
        var user = await Portal.CreateUserAsync("town-race", AppRoles.TownOfficial, "yicheng");
        var edit = $"/Admin/Users/Edit/{await AdminUsers.IdOfAsync(Portal, user)}";
        using var admin = await SignInAsync("demo-admin");
        var stale = await admin.GetDocumentAsync(edit);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync(edit, new Dictionary<string, string> { ["Input.DisplayName"] = "第一次" }, "#edit-user-form")).StatusCode);
        var lost = await admin.SubmitLoadedFormAsync(stale, "#edit-user-form", new Dictionary<string, string> { ["Input.DisplayName"] = "第二次" });
        Assert.Equal(HttpStatusCode.OK, lost.StatusCode);
        Assert.NotEmpty((await PortalClient.ParseAsync(lost)).QuerySelector("#page-errors")!.TextContent.Trim());
        Assert.Equal("第一次", (await admin.GetDocumentAsync(edit)).QuerySelector("#user-display-name")!.TextContent.Trim());
    }
}
