using CommunityStation.Infrastructure.Seeding;

namespace CommunityStation.Web.Tests.Pages.Desk;

/// <summary>
/// Issue 11 item 4: desks show people, not login accounts. The head links the station's accounts to its people
/// (Desk/Desks/Staff); the duty roster, the plate, the receipt and the public page then show name and post. Own
/// database: the class links accounts.
/// </summary>
public sealed class DeskPeopleTests(PortalFactory portal) : PortalTests(portal), IClassFixture<PortalFactory>
{
    // The demo people of 城中社区 (DemoStaff): 0 the secretary who is head (周建国), 2 a full-time staff member.
    private static readonly Guid Head = DeterministicGuid.For("person:yicheng:城中社区:0");
    private static readonly Guid Staff = DeterministicGuid.For("person:yicheng:城中社区:2");
    private static readonly Guid DingshuPerson = DeterministicGuid.For("person:dingshu:丁山社区:2");

    [Fact]
    public async Task The_demo_desk_and_head_accounts_are_linked_to_demo_people_so_roster_plate_receipt_and_public_page_show_names_out_of_the_box()
    {
        var deskUser = await IdOfAsync("demo-desk");
        var headUser = await IdOfAsync("demo-head");
        Assert.Equal(Staff, await QueryAsync(null, db => db.Users.Where(u => u.Id == deskUser).Select(u => u.PersonId).SingleAsync()));
        Assert.Equal(Head, await QueryAsync(null, db => db.Users.Where(u => u.Id == headUser).Select(u => u.PersonId).SingleAsync()));
        var staffName = await PersonNameAsync(Staff);
        var headName = await PersonNameAsync(Head);
        using var head = await SignInAsync("demo-head");

        // Duty roster: name and post, nothing "not linked".
        var desks = await head.GetDocumentAsync("/Desk/Desks");
        Assert.Null(desks.QuerySelector("#unlinked-warning"));
        Assert.Empty(desks.QuerySelectorAll("#duty-roster .not-linked"));
        Assert.Equal($"{staffName}（工作人员）", desks.QuerySelector($"#duty-roster .staff-face[data-user='{deskUser}']")!.TextContent.Trim());
        Assert.Equal($"{headName}（站长）", desks.QuerySelector($"#duty-roster .staff-face[data-user='{headUser}']")!.TextContent.Trim());

        // Desk plate: the people serving there, by name and post.
        var plateUrl = desks.QuerySelector("a.plate-link")!.GetAttribute("href")!;
        var plate = await head.GetDocumentAsync(plateUrl);
        Assert.Null(plate.QuerySelector("#plate-unlinked"));
        Assert.Contains(staffName, plate.QuerySelector("#plate-staff")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("城中社区窗口", plate.QuerySelector("#plate-staff")!.TextContent, StringComparison.Ordinal);

        // Receipt: the person who handles the case.
        using (var desk = await SignInAsync("demo-desk"))
        {
            var (_, receipt) = await DeskSteps.IntakeAsync(desk, "孙大伯", null);
            Assert.Equal($"{staffName}（工作人员）", receipt.QuerySelector("#owner")!.TextContent.Trim());
        }

        // Public page, today's duty: both people (three desks alternate between the two accounts every day).
        var publicUrl = (await head.GetDocumentAsync("/Desk/Station")).QuerySelector("#public-link")!.GetAttribute("href")!;
        using var anonymous = new PortalClient(Portal);
        var onDuty = string.Join(" ", (await anonymous.GetDocumentAsync(publicUrl)).QuerySelectorAll(".on-duty").Select(e => e.TextContent));
        Assert.Contains($"{staffName}（工作人员）", onDuty, StringComparison.Ordinal);
        Assert.Contains($"{headName}（站长）", onDuty, StringComparison.Ordinal);
        Assert.DoesNotContain("城中社区窗口", onDuty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_account_the_head_unlinks_shows_as_not_linked_to_the_head_and_by_its_display_name_elsewhere_until_linked_again()
    {
        var deskUser = await IdOfAsync("demo-desk");
        var staffName = await PersonNameAsync(Staff);
        using var head = await SignInAsync("demo-head");
        Assert.Equal(HttpStatusCode.Redirect, (await LinkAsync(head, deskUser, null)).StatusCode);
        Assert.Null(await QueryAsync(null, db => db.Users.Where(u => u.Id == deskUser).Select(u => u.PersonId).SingleAsync()));

        // Not linked: the head is told, on the desk page and on the plate; the receipt and the public page fall back to the account's name.
        var desks = await head.GetDocumentAsync("/Desk/Desks");
        Assert.NotNull(desks.QuerySelector("#unlinked-warning"));
        Assert.Contains("未关联人员", desks.QuerySelector($"#duty-roster .staff-face[data-user='{deskUser}']")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull((await head.GetDocumentAsync(desks.QuerySelector("a.plate-link")!.GetAttribute("href")!)).QuerySelector("#plate-unlinked"));
        using (var desk = await SignInAsync("demo-desk"))
        {
            var (_, before) = await DeskSteps.IntakeAsync(desk, "钱阿姨", null);
            Assert.Equal("城中社区窗口", before.QuerySelector("#owner")!.TextContent.Trim());
        }

        var publicUrl = (await head.GetDocumentAsync("/Desk/Station")).QuerySelector("#public-link")!.GetAttribute("href")!;
        using var anonymous = new PortalClient(Portal);
        var onDuty = string.Join(" ", (await anonymous.GetDocumentAsync(publicUrl)).QuerySelectorAll(".on-duty").Select(e => e.TextContent));
        Assert.Contains("城中社区窗口", onDuty, StringComparison.Ordinal);
        Assert.DoesNotContain("未关联", onDuty, StringComparison.Ordinal);

        // Linked again: the staff page says so and the roster shows the person.
        Assert.Equal(HttpStatusCode.Redirect, (await LinkAsync(head, deskUser, Staff)).StatusCode);
        var staffPage = await head.GetDocumentAsync("/Desk/Desks/Staff");
        Assert.Equal("true", staffPage.QuerySelector($"#accounts tr[data-user='{deskUser}']")!.GetAttribute("data-linked"));
        Assert.Equal(Staff.ToString(), staffPage.QuerySelector($"#person-{deskUser} option[selected]")!.GetAttribute("value"));
        Assert.Equal($"{staffName}（工作人员）", (await head.GetDocumentAsync("/Desk/Desks")).QuerySelector($"#duty-roster .staff-face[data-user='{deskUser}']")!.TextContent.Trim());

        // The link changes are audited with the account.
        await using var db = Portal.CreateDbContext(null);
        var audited = await db.AuditEntries.Where(a => a.Kind == "Updated" && a.Entity == "AppUser" && a.EntityKey == deskUser.ToString() && a.UserName == "demo-head").ToListAsync();
        Assert.Contains(audited, a => a.After!.Contains(Staff.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_head_cannot_link_a_person_of_another_tenant()
    {
        var deskUser = await IdOfAsync("demo-desk");
        var before = await QueryAsync(null, db => db.Users.Where(u => u.Id == deskUser).Select(u => u.PersonId).SingleAsync());
        using var head = await SignInAsync("demo-head");
        await Refused.AtFieldAsync(await LinkAsync(head, deskUser, DingshuPerson), "Input.PersonId");
        Assert.Equal(before, await QueryAsync(null, db => db.Users.Where(u => u.Id == deskUser).Select(u => u.PersonId).SingleAsync()));
    }

    [Fact]
    public async Task The_head_cannot_link_an_account_of_another_station()
    {
        var otherStation = await IdOfAsync("demo-rc2");
        using var head = await SignInAsync("demo-head");
        Assert.Equal(HttpStatusCode.NotFound, (await LinkAsync(head, otherStation, Staff)).StatusCode);
        Assert.Null(await QueryAsync(null, db => db.Users.Where(u => u.Id == otherStation).Select(u => u.PersonId).SingleAsync()));
    }

    [Fact]
    public async Task Desk_staff_cannot_open_the_linking_page()
    {
        using var desk = await SignInAsync("demo-desk");
        var response = await desk.GetAsync("/Desk/Desks/Staff");
        Assert.True(
            response.StatusCode == HttpStatusCode.Forbidden || response.Headers.Location?.ToString().Contains("/Account/AccessDenied", StringComparison.Ordinal) == true,
            $"desk staff got {(int)response.StatusCode} {response.Headers.Location}");
    }

    private static Task<HttpResponseMessage> LinkAsync(PortalClient head, Guid userId, Guid? personId) =>
        head.PostAsync("/Desk/Desks/Staff", new Dictionary<string, string> { ["Input.UserId"] = userId.ToString(), ["Input.PersonId"] = personId?.ToString() ?? string.Empty }, "/Desk/Desks/Staff");

    private Task<Guid> IdOfAsync(string userName) => QueryAsync(null, db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    private Task<string> PersonNameAsync(Guid id) => QueryAsync(Demo.Yicheng, db => db.People.Where(p => p.Id == id).Select(p => p.Name).SingleAsync());
}
