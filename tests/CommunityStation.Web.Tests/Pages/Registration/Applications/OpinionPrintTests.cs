using CommunityStation.Web.Tests.Pages.Registration.Stations;

namespace CommunityStation.Web.Tests.Pages.Registration.Applications;

/// <summary>
/// Issue 11 item 9: the town's opinion is a formal print (GB/T 9704: title, addressee, the town with a seal area, the
/// date in Chinese) and its 经办人 is the person who gave it — their display name, or the person linked to their
/// account — never their login name. Own database: the class agrees to an application.
/// </summary>
public sealed class OpinionPrintTests(PortalFactory portal) : OwnPortalTests(portal)
{
    private static readonly string Opinion = $"/Registration/Applications/Opinion/{Demo.JiubinApplication}";

    [Fact]
    public async Task Print_the_opinion_names_the_handler_by_display_name_or_linked_person_never_the_login()
    {
        using var town = await SignInAsync("demo-town");
        var agreed = await RegistrationFlowTests.ActAsync(town, $"/Registration/Applications/Details/{Demo.JiubinApplication}", "#agree", new() { ["Input.Text"] = "经审核，同意设立（材料齐全）。" });
        Assert.Equal(HttpStatusCode.Redirect, agreed.StatusCode);

        var page = await town.GetDocumentAsync(Opinion);
        FormalPrintTests.AssertFormalPrint(page, "宜城街道");
        Assert.Equal("宜城街道关于宜兴市宜城街道氿滨社区事务工作站设立登记的意见", page.QuerySelector("#formal-title")!.TextContent.Trim());
        Assert.Equal("（经办人：宜城街道干部）", page.QuerySelector("#formal-note")!.TextContent.Trim());
        Assert.DoesNotContain("demo-town", page.QuerySelector("#opinion")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("经审核，同意设立（材料齐全）。", page.QuerySelector(".opinion-text")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("print-gb", page.Body!.ClassName, StringComparison.Ordinal);

        // Once the account is linked to a person of the register, the opinion names that person.
        var person = await QueryAsync(Demo.Yicheng, db => db.People.OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).FirstAsync());
        await using (var db = Portal.CreateDbContext(null))
        {
            var user = await db.Users.SingleAsync(u => u.UserName == "demo-town");
            user.PersonId = person.Id;
            await db.SaveChangesAsync();
        }

        Assert.Equal($"（经办人：{person.Name}）", (await town.GetDocumentAsync(Opinion)).QuerySelector("#formal-note")!.TextContent.Trim());
    }
}
