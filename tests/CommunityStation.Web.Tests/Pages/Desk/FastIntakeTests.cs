using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CommunityStation.Infrastructure.Seeding;

namespace CommunityStation.Web.Tests.Pages.Desk;

/// <summary>Intake steps for the fast-intake tests: an item, a desk and a channel of one's choosing.</summary>
internal static class FastIntake
{
    public static readonly Guid ElderlyItem = DeterministicGuid.For("item:D5:老年人服务");

    public static Guid JobsItem => Item("D5", "失业人员服务");

    public static Guid DisabledItem => Item("D5", "残疾人服务");

    public static Guid Item(string area, string name) => DeterministicGuid.For($"item:{area}:{name}");

    public static Guid DeskNumber(int number) => DeterministicGuid.For($"desk:yicheng:城中社区:{number}");

    /// <summary>An intake for a new resident named <paramref name="resident"/>, or for an existing one.</summary>
    public static async Task IntakeAsync(PortalClient client, string? resident, Guid item, Guid desk, string channel = "WalkIn", Guid? residentId = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.ServiceItemId"] = item.ToString(),
            ["Input.DeskId"] = desk.ToString(),
            ["Input.Channel"] = channel,
            ["Input.Request"] = "咨询办理材料",
        };
        if (residentId is { } id)
        {
            fields["Input.ResidentId"] = id.ToString();
        }
        else
        {
            fields["Input.ResidentName"] = resident ?? "居民";
        }

        var response = await client.SubmitFormAsync("/Desk/Intake", fields, "#intake-form");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"intake answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}

/// <summary>Issue 11 item 3: the clerk's and the desk's most used items come first on the intake form.</summary>
public sealed class IntakeItemOrderTests(PortalFactory portal) : PortalTests(portal), IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_clerks_and_the_desks_most_used_items_come_first_most_used_first()
    {
        using var desk = await SignInAsync("demo-desk");
        using var head = await SignInAsync("demo-head");

        // The clerk: twice 老年人服务 at desk 1; the head (another clerk) three times 失业人员服务 at desk 1,
        // and once 残疾人服务 at desk 3, which is neither this clerk's nor this desk's.
        await FastIntake.IntakeAsync(desk, "排序甲", FastIntake.ElderlyItem, FastIntake.DeskNumber(1));
        await FastIntake.IntakeAsync(desk, "排序乙", FastIntake.ElderlyItem, FastIntake.DeskNumber(1));
        foreach (var name in new[] { "排序丙", "排序丁", "排序戊" })
        {
            await FastIntake.IntakeAsync(head, name, FastIntake.JobsItem, FastIntake.DeskNumber(1));
        }

        await FastIntake.IntakeAsync(head, "排序己", FastIntake.DisabledItem, FastIntake.DeskNumber(3));

        var form = await desk.GetDocumentAsync("/Desk/Intake");
        var groups = form.QuerySelectorAll("#Input_ServiceItemId optgroup").ToList();
        Assert.Equal("常用事项", groups[0].GetAttribute("label"));
        Assert.Equal([FastIntake.JobsItem.ToString(), FastIntake.ElderlyItem.ToString()], groups[0].QuerySelectorAll("option").Select(o => o.GetAttribute("value")!));

        // The rest follow by duty area, each item once.
        var all = form.QuerySelectorAll("#Input_ServiceItemId option[value]").Select(o => o.GetAttribute("value")).Where(v => v!.Length > 0).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Contains(FastIntake.DisabledItem.ToString(), all.Skip(2));
    }

    [Fact]
    public async Task A_resident_of_no_station_of_the_clerks_is_not_found()
    {
        using var desk = await SignInAsync("demo-desk");
        var response = await desk.GetAsync("/Desk/Intake?resident=" + Guid.NewGuid());
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

/// <summary>Issue 11 item 3: the desk and channel are remembered for the session; "same as last visit" fills the item.</summary>
public sealed class IntakeMemoryTests(PortalFactory portal) : PortalTests(portal), IClassFixture<PortalFactory>
{
    [Fact]
    public async Task After_an_intake_the_form_comes_back_with_the_same_desk_and_channel()
    {
        using var desk = await SignInAsync("demo-desk");
        var before = await desk.GetDocumentAsync("/Desk/Intake");
        Assert.Equal(string.Empty, Selected(before, "#Input_DeskId"));

        await FastIntake.IntakeAsync(desk, "记忆居民", FastIntake.ElderlyItem, FastIntake.DeskNumber(2), "Phone");

        var after = await desk.GetDocumentAsync("/Desk/Intake");
        Assert.Equal(FastIntake.DeskNumber(2).ToString(), Selected(after, "#Input_DeskId"));
        Assert.Equal("Phone", Selected(after, "#Input_Channel"));

        // Another clerk in a browser of their own starts fresh.
        using var head = await SignInAsync("demo-head");
        Assert.Equal(string.Empty, Selected(await head.GetDocumentAsync("/Desk/Intake"), "#Input_DeskId"));
    }

    [Fact]
    public async Task The_remembered_desk_belongs_to_the_clerk_who_set_it()
    {
        using var desk = await SignInAsync("demo-desk");
        await FastIntake.IntakeAsync(desk, "换人居民", FastIntake.ElderlyItem, FastIntake.DeskNumber(3));

        // Same browser, the clerk signs out and a colleague signs in: the colleague's form is not at desk 3.
        Assert.Equal(HttpStatusCode.Redirect, (await desk.PostAsync("/Account/Logout", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await desk.SignInAsync("demo-head", PortalClient.DemoPassword)).StatusCode);
        var form = await desk.GetDocumentAsync("/Desk/Intake");
        Assert.Equal(string.Empty, Selected(form, "#Input_DeskId"));
    }

    [Fact]
    public async Task Same_as_last_visit_fills_the_item_of_the_residents_most_recent_case()
    {
        using var desk = await SignInAsync("demo-desk");
        var name = $"回访居民{Guid.NewGuid():N}"[..10];
        await FastIntake.IntakeAsync(desk, name, DeskSteps.DibaoItem, FastIntake.DeskNumber(1));
        var residentId = await QueryAsync(Demo.Yicheng, db => db.Residents.Where(r => r.Name == name).Select(r => r.Id).SingleAsync());
        await FastIntake.IntakeAsync(desk, null, FastIntake.ElderlyItem, FastIntake.DeskNumber(1), residentId: residentId);

        var chosen = await desk.GetDocumentAsync($"/Desk/Intake?resident={residentId}");
        Assert.Contains(name, chosen.QuerySelector("#chosen-resident")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("老年人服务", chosen.QuerySelector("#last-visit")!.TextContent, StringComparison.Ordinal);
        var same = chosen.QuerySelector("#same-as-last")!;
        Assert.Equal("same-as-last", NextStep(chosen));
        Assert.Equal(string.Empty, Selected(chosen, "#Input_ServiceItemId"));

        var filled = await desk.GetDocumentAsync(same.GetAttribute("href")!);
        Assert.Equal(FastIntake.ElderlyItem.ToString(), Selected(filled, "#Input_ServiceItemId"));
        Assert.Equal(FastIntake.DeskNumber(1).ToString(), Selected(filled, "#Input_DeskId"));
        Assert.Equal(residentId.ToString(), filled.QuerySelector("#intake-form input[name='Input.ResidentId']")!.GetAttribute("value"));
        Assert.Equal("Input_Request", NextStep(filled));
        Assert.Null(filled.QuerySelector("#same-as-last"));
    }

    [Fact]
    public async Task A_resident_without_a_case_gets_no_same_as_last_visit()
    {
        using var desk = await SignInAsync("demo-desk");
        var name = $"首访居民{Guid.NewGuid():N}"[..10];
        await QueryAsync(Demo.Yicheng, async db =>
        {
            var station = await db.Stations.Where(s => s.CommunityId == DemoData.CommunityId("yicheng", "城中社区")).Select(s => s.Id).SingleAsync();
            db.Residents.Add(new Domain.ServiceDesk.Resident(Demo.Yicheng, Guid.CreateVersion7(), station, name, null, null, false, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
            await db.Database.CommitTransactionAsync();
            return 0;
        });
        var residentId = await QueryAsync(Demo.Yicheng, db => db.Residents.Where(r => r.Name == name).Select(r => r.Id).SingleAsync());

        var chosen = await desk.GetDocumentAsync($"/Desk/Intake?resident={residentId}&same=true");
        Assert.Null(chosen.QuerySelector("#last-visit"));
        Assert.Equal(string.Empty, Selected(chosen, "#Input_ServiceItemId"));
        Assert.Equal("item-search", NextStep(chosen));
    }

    private static string? NextStep(IDocument page) => page.QuerySelector("#intake-form")!.GetAttribute("data-focus");

    private static string Selected(IDocument page, string select) =>
        ((IHtmlSelectElement)page.QuerySelector(select)!).Value ?? string.Empty;
}
