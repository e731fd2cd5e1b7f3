namespace CommunityStation.Web.Tests.Pages.Admin.Users;

/// <summary>Admin/Users/Password. Own database: the class changes passwords.</summary>
public sealed class PasswordTests(PortalFactory portal) : OwnPortalTests(portal)
{
    [Fact]
    public async Task A_new_password_works_the_old_one_no_longer_does_and_the_trail_says_so()
    {
        var (user, id) = await AdminUsers.NewAccountAsync(Portal, "town-newpass");
        using var admin = await SignInAsync("demo-admin");

        var set = await admin.SubmitFormAsync($"/Admin/Users/Password/{id}", new Dictionary<string, string> { ["Input.NewPassword"] = "Yixing!town-2027" }, "#reset-password-form");
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);

        using (var old = new PortalClient(Portal))
        {
            Assert.Equal(HttpStatusCode.OK, (await old.SignInAsync(user, AdminUsers.ProbePassword)).StatusCode);
        }

        using (await SignInAsync(user, "Yixing!town-2027"))
        {
        }

        await using var db = Portal.CreateDbContext(null);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityKey == id.ToString() && a.Detail == "password set by administrator" && a.UserName == "demo-admin"));
    }

    [Fact]
    public async Task A_too_short_password_is_refused_at_the_field_and_the_old_one_still_works()
    {
        var (user, id) = await AdminUsers.NewAccountAsync(Portal, "town-shortpass");
        using var admin = await SignInAsync("demo-admin");

        var refused = await admin.SubmitFormAsync($"/Admin/Users/Password/{id}", new Dictionary<string, string> { ["Input.NewPassword"] = "short" }, "#reset-password-form");
        Assert.Contains("8", await Refused.MessageAtAsync(refused, "Input.NewPassword"), StringComparison.Ordinal);

        using (await SignInAsync(user, AdminUsers.ProbePassword))
        {
        }
    }
}
