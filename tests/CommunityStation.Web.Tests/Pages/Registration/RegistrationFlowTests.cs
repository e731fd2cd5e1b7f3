namespace CommunityStation.Web.Tests.Pages.Registration;

/// <summary>The registration journey over HTTP: RC → town → bureau, with documents, returns and the certificate.</summary>
public sealed class RegistrationFlowTests(PortalFactory portal) : OwnPortalTests(portal)
{
    public static byte[] Pdf(string text = "x") => CommunityStation.Web.Tests.Documents.TestPdf.Titled(text);

    public static Dictionary<string, string> Particulars(string head = "李红") => new()
    {
        ["Input.HeadName"] = head,
        ["Input.HeadIdNumber"] = "11010519491231002X",
        ["Input.HeadPhone"] = "138 1234 5678",
        ["Input.HeadEducation"] = "大专",
        ["Input.HeadIsSecretaryOrDirector"] = "true",
        ["Input.PremisesAddress"] = "东虹路1号社区事务受理大厅",
        ["Input.PremisesAreaSqm"] = "120",
        ["Input.PremisesUseRightBasis"] = "产权自有",
        ["Input.RegisteredCapital"] = "30000",
        ["Input.CapitalSource"] = "街道资助",
    };

    /// <summary>Starts an application as <paramref name="rc"/> and returns its details URL.</summary>
    public static async Task<string> StartAsync(PortalClient rc, Dictionary<string, string>? fields = null)
    {
        var created = await rc.SubmitFormAsync("/Registration/Applications/Create?kind=Establish", fields ?? Particulars());
        Assert.True(created.StatusCode == HttpStatusCode.Redirect, $"create answered {(int)created.StatusCode}: {await created.Content.ReadAsStringAsync()}");
        return created.Headers.Location!.ToString();
    }

    internal static async Task UploadAllAsync(PortalClient rc, string details)
    {
        foreach (var slot in DocumentSlots.RcSide)
        {
            var upload = await rc.UploadAsync(details, $"tr[data-slot='{slot}'] form.upload-form", $"{slot}.pdf", Pdf(slot.ToString()));
            Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        }
    }

    /// <summary>
    /// Presses <paramref name="button"/> on the details page the way a browser would: the button's form
    /// (hidden fields, the button's own name and value, <paramref name="fields"/>) goes to the page that
    /// does that step (the button's formaction, else the form's action).
    /// </summary>
    internal static async Task<HttpResponseMessage> ActAsync(PortalClient client, string details, string button, Dictionary<string, string>? fields = null)
    {
        var page = await client.GetDocumentAsync(details);
        var pressed = page.QuerySelector(button) ?? throw new InvalidOperationException($"No {button} on {details}");
        var form = pressed.Closest("form")!;
        var values = form.QuerySelectorAll("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? string.Empty)).ToList();
        if (pressed.GetAttribute("name") is { } name)
        {
            values.Add(new(name, pressed.GetAttribute("value") ?? string.Empty));
        }

        foreach (var (k, v) in fields ?? [])
        {
            values.RemoveAll(x => x.Key == k);
            values.Add(new(k, v));
        }

        return await client.PostRawAsync(pressed.GetAttribute("formaction") ?? form.GetAttribute("action")!, values);
    }

    [Fact]
    public async Task R1_to_R4_apply_return_resubmit_agree_register_and_the_certificate_shows_the_uniform_name()
    {
        using var rc = await SignInAsync("demo-rc");
        var details = await StartAsync(rc);

        // R4: submitting with documents missing is refused and names them.
        var early = await ActAsync(rc, details, "#submit");
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        var refused = (await PortalClient.ParseAsync(early)).QuerySelector("#errors")!.TextContent;
        Assert.Contains("R4", refused, StringComparison.Ordinal);
        Assert.Contains("验资报告", refused, StringComparison.Ordinal);

        await UploadAllAsync(rc, details);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(rc, details, "#submit")).StatusCode);

        // R2: the town returns it with reasons; the RC replaces a document and resubmits.
        using var town = await SignInAsync("demo-town");
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(town, details, "#return", new() { ["Input.Text"] = "验资报告不清晰" })).StatusCode);
        var returned = await rc.GetDocumentAsync(details);
        Assert.Contains("验资报告不清晰", returned.QuerySelector("#return-reason")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await rc.UploadAsync(details, "tr[data-slot='CapitalReport'] form.upload-form", "capital-v2.pdf", Pdf("v2"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(rc, details, "#submit")).StatusCode);

        // R2: the town agrees with an opinion, which becomes a printable document.
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(town, details, "#agree", new() { ["Input.Text"] = "经审核，同意设立。" })).StatusCode);

        // R3: the bureau registers with number, USCC and date.
        using var bureau = await SignInAsync("demo-bureau");
        var queue = await bureau.GetDocumentAsync("/Registration/Applications");
        Assert.Contains(queue.QuerySelectorAll("#applications tbody tr"), r => r.GetAttribute("data-community") == "东虹社区");
        var registered = await ActAsync(bureau, details, "#register", new()
        {
            ["Input.RegistrationNumber"] = "宜民证字第2026001号",
            ["Input.Uscc"] = CommunityStation.Domain.Common.UnifiedSocialCreditCode.Compose("52320282", "MJ500000"),
            ["Input.RegistrationDate"] = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);

        var done = await rc.GetDocumentAsync(details);
        Assert.Equal("Registered", done.QuerySelector("#status")!.GetAttribute("data-status"));
        var timeline = done.QuerySelectorAll("#timeline li").Select(li => li.GetAttribute("data-action")).ToList();
        Assert.Equal(2, timeline.Count(a => a == "Submitted"));
        Assert.Contains("TownReturned", timeline);
        Assert.Contains("BureauRegistered", timeline);
        Assert.Equal(2, done.QuerySelectorAll("tr[data-slot='CapitalReport'] a[href^='/Registration/Documents/Download/']").Length);

        var certificate = await rc.GetDocumentAsync(done.QuerySelector("#certificate-link")!.GetAttribute("href")!);
        Assert.Equal("宜兴市宜城街道东虹社区事务工作站", certificate.QuerySelector("#certificate-name")!.TextContent.Trim());

        // The RC was told at each turn.
        var inbox = await rc.GetDocumentAsync("/Inbox");
        Assert.Contains("已登记", inbox.QuerySelector("#notifications")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task B2_R5_the_plaque_and_the_register_carry_the_uniform_name()
    {
        using var town = await SignInAsync("demo-town");
        var register = await town.GetDocumentAsync("/Registration/Stations");
        var station = register.QuerySelector("#stations tr[data-community='城中社区'] a")!;
        Assert.Equal("宜兴市宜城街道城中社区事务工作站", station.TextContent.Trim());
        var details = await town.GetDocumentAsync(station.GetAttribute("href")!);
        var plaque = await town.GetDocumentAsync(details.QuerySelector("#plaque")!.GetAttribute("href")!);
        Assert.Equal("宜兴市宜城街道城中社区事务工作站", plaque.QuerySelector(".plaque-name")!.TextContent.Trim());
        Assert.NotEmpty(details.QuerySelectorAll("#station-history tbody tr"));
    }

    [Fact]
    public async Task R4_the_refusal_naming_missing_documents_is_in_english_for_an_english_user()
    {
        var user = await Portal.CreateUserAsync("rc-heqiao-nanxin", AppRoles.RcOfficer, "heqiao", "南新社区");
        using var rc = await SignInAsync(user, PortalFactory.ProbePassword);
        await rc.UseCultureAsync("en");
        var details = await StartAsync(rc);
        var refused = await ActAsync(rc, details, "#submit");
        var text = (await PortalClient.ParseAsync(refused)).QuerySelector("#errors")!.TextContent;
        Assert.Contains("Missing: Application form, Proof of the right to use the premises", text, StringComparison.Ordinal);
        Assert.Contains("R4", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task R1_a_community_with_an_application_in_progress_cannot_start_another()
    {
        var user = await Portal.CreateUserAsync("rc-jiubin", AppRoles.RcOfficer, "yicheng", "氿滨社区");
        using var rc = await SignInAsync(user, PortalFactory.ProbePassword);
        var page = await rc.GetDocumentAsync("/Registration/Applications/Create?kind=Establish");
        Assert.Contains("R1", page.QuerySelector("#blocked")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_particulars_are_refused_at_the_field_and_the_input_is_kept()
    {
        var user = await Portal.CreateUserAsync("rc-qiting", AppRoles.RcOfficer, "qiting", "东郊社区");
        using var rc = await SignInAsync(user, PortalFactory.ProbePassword);
        var fields = Particulars();
        fields["Input.HeadIdNumber"] = "110105194912310021";
        fields["Input.HeadPhone"] = "0510-1234567";
        var response = await rc.SubmitFormAsync("/Registration/Applications/Create?kind=Establish", fields);
        Assert.Contains("GB 11643", await Refused.MessageAtAsync(response, "Input.HeadIdNumber"), StringComparison.Ordinal);
        var page = await Refused.AtFieldAsync(response, "Input.HeadPhone");
        Assert.Equal("东虹路1号社区事务受理大厅", page.QuerySelector("input[name='Input.PremisesAddress']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Two_town_officials_agreeing_at_once_produce_exactly_one_transition()
    {
        var second = await Portal.CreateUserAsync("town-yicheng-2", AppRoles.TownOfficial, "yicheng");
        using var first = await SignInAsync("demo-town");
        using var other = await SignInAsync(second, PortalFactory.ProbePassword);
        var details = $"/Registration/Applications/Details/{Demo.JiubinApplication}";

        // Both open the application at the same version, then both agree at once.
        await Concurrent.AssertOneWinsAsync(first, other, details, "#town-decision form", new Dictionary<string, string> { ["Input.Text"] = "同意" }, "#agree");

        await using var db = Portal.CreateDbContext(Demo.Yicheng);
        await using var transaction = await db.Database.BeginTransactionAsync();
        Assert.Equal(1, await db.ApplicationSteps.CountAsync(s => s.ApplicationId == Demo.JiubinApplication && s.Action == StepAction.TownAgreed));
        Assert.Equal(ApplicationStatus.AgreedByTown, (await db.StationApplications.SingleAsync(a => a.Id == Demo.JiubinApplication)).Status);
    }

    [Fact]
    public async Task The_register_exports_csv_and_xlsx_and_shows_the_rollout_to_the_bureau()
    {
        using var bureau = await SignInAsync("demo-bureau");
        var register = await bureau.GetDocumentAsync("/Registration/Stations");
        Assert.Contains("丁山社区", register.AttributesOf("#stations tbody tr", "data-community"));
        Assert.NotNull(register.QuerySelector("#rollout"));

        var csv = await bureau.GetAsync("/Registration/Stations?handler=Export&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Contains("宜民证字第2008001号", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var xlsx = await bureau.GetAsync("/Registration/Stations?handler=Export&format=xlsx");
        var bytes = await xlsx.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);
    }

    [Fact]
    public async Task A_town_sees_only_its_own_stations_in_the_register()
    {
        using var town = await SignInAsync("demo-town2");
        var register = await town.GetDocumentAsync("/Registration/Stations");
        var communities = register.AttributesOf("#stations tbody tr", "data-community");
        Assert.Contains("丁山社区", communities);
        Assert.DoesNotContain("城中社区", communities);
    }
}
