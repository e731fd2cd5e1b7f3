namespace CommunityStation.Web.Tests.Pages.Admin.Users;

/// <summary>Admin/Users/Edit: the account's particulars. Own database: the class changes accounts.</summary>
public sealed class EditTests(PortalFactory portal) : OwnPortalTests(portal)
{
    [Fact]
    public async Task A_new_name_is_saved_and_shown_on_the_account()
    {
        var edit = $"/Admin/Users/Edit/{(await AdminUsers.NewAccountAsync(Portal, "town-rename")).Id}";
        using var admin = await SignInAsync("demo-admin");

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync(edit, new Dictionary<string, string> { ["Input.DisplayName"] = "陈静" }, "#edit-user-form")).StatusCode);
        Assert.Equal("陈静", (await admin.GetDocumentAsync(edit)).QuerySelector("#user-display-name")!.TextContent.Trim());
    }

    [Fact]
    public async Task An_empty_name_is_refused_at_the_field()
    {
        var edit = $"/Admin/Users/Edit/{(await AdminUsers.NewAccountAsync(Portal, "town-noname")).Id}";
        using var admin = await SignInAsync("demo-admin");

        var refused = await admin.SubmitFormAsync(edit, new Dictionary<string, string> { ["Input.DisplayName"] = " " }, "#edit-user-form");
        await Refused.AtFieldAsync(refused, "Input.DisplayName");
    }

    [Fact]
    public async Task A_form_opened_before_someone_else_saved_is_refused_and_the_page_says_so()
    {
        var edit = $"/Admin/Users/Edit/{(await AdminUsers.NewAccountAsync(Portal, "town-race")).Id}";
        using var admin = await SignInAsync("demo-admin");
        var stale = await admin.GetDocumentAsync(edit);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync(edit, new Dictionary<string, string> { ["Input.DisplayName"] = "第一次" }, "#edit-user-form")).StatusCode);
        var lost = await admin.SubmitLoadedFormAsync(stale, "#edit-user-form", new Dictionary<string, string> { ["Input.DisplayName"] = "第二次" });
        await Refused.OnPageAsync(lost);
        Assert.Equal("第一次", (await admin.GetDocumentAsync(edit)).QuerySelector("#user-display-name")!.TextContent.Trim());
    }
}
