using CommunityStation.Infrastructure.Seeding;

namespace CommunityStation.Web.Tests.Pages.Admin.Users;

/// <summary>
/// Issue 11 item 4 on Admin/Users/Access: the administrator links an account to a person of the account's own tenant,
/// or clears the link; another tenant's person is refused at the field. Own database: the class changes accounts.
/// </summary>
public sealed class PersonLinkTests(PortalFactory portal) : PortalTests(portal), IClassFixture<PortalFactory>
{
    private static readonly Guid NanhongPerson = DeterministicGuid.For("person:yicheng:南虹社区:2");
    private static readonly Guid DingshuPerson = DeterministicGuid.For("person:dingshu:丁山社区:2");

    [Fact]
    public async Task The_administrator_links_an_account_to_a_person_of_its_tenant_and_clears_it_and_each_change_is_audited()
    {
        var (_, id) = await AdminUsers.NewAccountAsync(Portal, "nanhong-desk", AppRoles.DeskStaff, "南虹社区");
        using var admin = await SignInAsync("demo-admin");
        var page = await admin.GetDocumentAsync($"/Admin/Users/Access/{id}");
        Assert.NotNull(page.QuerySelector($"select[name='Input.PersonId'] option[value='{NanhongPerson}']"));
        Assert.Null(page.QuerySelector($"select[name='Input.PersonId'] option[value='{DingshuPerson}']"));

        var saved = await admin.SubmitFormAsync($"/Admin/Users/Access/{id}", new Dictionary<string, string> { ["Input.PersonId"] = NanhongPerson.ToString() }, "#access-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(NanhongPerson, await PersonOfAsync(id));
        page = await admin.GetDocumentAsync($"/Admin/Users/Access/{id}");
        Assert.Equal(NanhongPerson.ToString(), page.QuerySelector("select[name='Input.PersonId'] option[selected]")!.GetAttribute("value"));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync($"/Admin/Users/Access/{id}", new Dictionary<string, string> { ["Input.PersonId"] = string.Empty }, "#access-form")).StatusCode);
        Assert.Null(await PersonOfAsync(id));

        await using var db = Portal.CreateDbContext(null);
        var audited = await db.AuditEntries.Where(a => a.Kind == "Updated" && a.Entity == "AppUser" && a.EntityKey == id.ToString() && a.UserName == "demo-admin").ToListAsync();
        Assert.Contains(audited, a => a.After!.Contains(NanhongPerson.ToString(), StringComparison.Ordinal));
        Assert.Contains(audited, a => a.Before!.Contains(NanhongPerson.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_person_of_another_tenant_cannot_be_linked()
    {
        var (_, id) = await AdminUsers.NewAccountAsync(Portal, "yicheng-desk", AppRoles.DeskStaff, "南虹社区");
        using var admin = await SignInAsync("demo-admin");
        var refused = await admin.SubmitFormAsync($"/Admin/Users/Access/{id}", new Dictionary<string, string> { ["Input.PersonId"] = DingshuPerson.ToString() }, "#access-form");
        await Refused.AtFieldAsync(refused, "Input.PersonId");
        Assert.Null(await PersonOfAsync(id));
    }

    [Fact]
    public async Task One_person_is_linked_to_one_account_only()
    {
        var (_, first) = await AdminUsers.NewAccountAsync(Portal, "first-desk", AppRoles.DeskStaff, "南虹社区");
        var (_, second) = await AdminUsers.NewAccountAsync(Portal, "second-desk", AppRoles.DeskStaff, "南虹社区");
        var person = DeterministicGuid.For("person:yicheng:南虹社区:3");
        using var admin = await SignInAsync("demo-admin");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync($"/Admin/Users/Access/{first}", new Dictionary<string, string> { ["Input.PersonId"] = person.ToString() }, "#access-form")).StatusCode);
        var message = await Refused.MessageAtAsync(
            await admin.SubmitFormAsync($"/Admin/Users/Access/{second}", new Dictionary<string, string> { ["Input.PersonId"] = person.ToString() }, "#access-form"), "Input.PersonId");
        Assert.Contains("first-desk", message, StringComparison.Ordinal);
        Assert.Null(await PersonOfAsync(second));
    }

    private Task<Guid?> PersonOfAsync(Guid id) => QueryAsync(null, db => db.Users.Where(u => u.Id == id).Select(u => u.PersonId).SingleAsync());
}
