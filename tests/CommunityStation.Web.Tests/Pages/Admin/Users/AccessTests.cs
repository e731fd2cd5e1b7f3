namespace CommunityStation.Web.Tests.Pages.Admin.Users;

/// <summary>Admin/Users/Access: role, tenant and community. Own database: the class changes accounts.</summary>
public sealed class AccessTests(PortalFactory portal) : OwnPortalTests(portal)
{
    [Fact]
    public async Task A_new_role_replaces_the_old_one()
    {
        var (_, id) = await AdminUsers.NewAccountAsync(Portal, "rc-promoted", AppRoles.RcOfficer, "南虹社区");
        using var admin = await SignInAsync("demo-admin");

        var saved = await admin.SubmitFormAsync($"/Admin/Users/Access/{id}", new Dictionary<string, string> { ["Input.Role"] = AppRoles.TownOfficial, ["Input.CommunityId"] = string.Empty }, "#access-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var roles = (await admin.GetDocumentAsync($"/Admin/Users/Edit/{id}")).QuerySelector("#user-roles")!.TextContent.Trim();
        Assert.Equal("镇（街道）干部", roles);
    }

    [Fact]
    public async Task A_role_that_needs_a_community_is_refused_at_the_field_without_one()
    {
        var (_, id) = await AdminUsers.NewAccountAsync(Portal, "town-to-rc");
        using var admin = await SignInAsync("demo-admin");

        var refused = await admin.SubmitFormAsync($"/Admin/Users/Access/{id}", new Dictionary<string, string> { ["Input.Role"] = AppRoles.RcOfficer }, "#access-form");
        var page = await Refused.AtFieldAsync(refused, "Input.CommunityId");
        Assert.Equal(AppRoles.RcOfficer, page.QuerySelector("select[name='Input.Role'] option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task An_administrator_cannot_take_away_their_own_admin_role()
    {
        var id = await AdminUsers.IdOfAsync(Portal, "demo-admin");
        using var admin = await SignInAsync("demo-admin");

        var refused = await admin.SubmitFormAsync($"/Admin/Users/Access/{id}", new Dictionary<string, string> { ["Input.Role"] = AppRoles.Bureau }, "#access-form");
        await Refused.AtFieldAsync(refused, "Input.Role");
    }
}
