namespace CommunityStation.Web.Tests.Pages.Desk;

/// <summary>The intake form carries a one-time token: posting it again never makes a second case.</summary>
public sealed class IdempotentIntakeTests(PortalFactory portal) : OwnPortalTests(portal)
{
    [Fact]
    public async Task Posting_the_same_intake_form_again_returns_the_first_cases_receipt_and_creates_nothing()
    {
        using var desk = await SignInAsync("demo-desk");
        var form = await desk.GetDocumentAsync("/Desk/Intake");
        var resident = $"重试居民{Guid.NewGuid():N}"[..10];

        var first = await desk.PostRawAsync("/Desk/Intake", Fields(form, resident));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        // The receipt failed to show, the user went back and pressed the button again.
        var again = await desk.PostRawAsync("/Desk/Intake", Fields(form, resident));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, (await desk.GetAsync(again.Headers.Location!.ToString())).StatusCode);

        Assert.Equal(1, await CasesForAsync(resident));
        Assert.Equal(1, await ResidentsNamedAsync(resident));
    }

    [Fact]
    public async Task Two_concurrent_posts_of_the_same_intake_form_make_one_case()
    {
        using var desk = await SignInAsync("demo-desk");
        var form = await desk.GetDocumentAsync("/Desk/Intake");
        var resident = $"双击居民{Guid.NewGuid():N}"[..10];

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => desk.PostRawAsync("/Desk/Intake", Fields(form, resident))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Single(responses.Select(r => r.Headers.Location!.ToString()).Distinct());
        Assert.Equal(1, await CasesForAsync(resident));
    }

    [Fact]
    public async Task A_new_intake_form_gets_a_new_token()
    {
        using var desk = await SignInAsync("demo-desk");
        var one = Token(await desk.GetDocumentAsync("/Desk/Intake"));
        var two = Token(await desk.GetDocumentAsync("/Desk/Intake"));

        Assert.True(Guid.TryParse(one, out _), one);
        Assert.NotEqual(one, two);
    }

    private static string Token(IDocument form) =>
        form.QuerySelector("#intake-form input[name='Input.IntakeToken']")?.GetAttribute("value") ?? string.Empty;

    private static Dictionary<string, string> Fields(IDocument form, string resident) => new()
    {
        ["__RequestVerificationToken"] = form.QuerySelector("#intake-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        ["Input.IntakeToken"] = Token(form),
        ["Input.ResidentName"] = resident,
        ["Input.ServiceItemId"] = DeskSteps.DibaoItem.ToString(),
        ["Input.Channel"] = "WalkIn",
        ["Input.Request"] = "咨询低保申请材料",
    };

    private async Task<int> CasesForAsync(string resident)
    {
        await using var db = Portal.CreateDbContext(Demo.Yicheng);
        await using var transaction = await db.Database.BeginTransactionAsync();
        return await db.ServiceCases.CountAsync(c => db.Residents.Any(r => r.Id == c.ResidentId && r.Name == resident));
    }

    private async Task<int> ResidentsNamedAsync(string resident)
    {
        await using var db = Portal.CreateDbContext(Demo.Yicheng);
        await using var transaction = await db.Database.BeginTransactionAsync();
        return await db.Residents.CountAsync(r => r.Name == resident);
    }
}
