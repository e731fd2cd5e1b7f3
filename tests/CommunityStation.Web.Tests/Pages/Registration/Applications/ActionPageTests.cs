namespace CommunityStation.Web.Tests.Pages.Registration.Applications;

/// <summary>
/// The action pages (Decide, Register) re-render themselves when a rule refuses: the message stands under
/// the field it concerns and what the user typed is kept. Own database: the class moves an application on.
/// </summary>
public sealed class ActionPageTests(PortalFactory portal) : OwnPortalTests(portal)
{
    [Fact]
    public async Task Refusals_on_the_decide_and_register_pages_stand_under_their_field_and_keep_the_input()
    {
        var details = $"/Registration/Applications/Details/{Demo.JiubinApplication}";

        // R2: returning without reasons is refused by the domain, under the reasons box of the Decide page.
        using var town = await SignInAsync("demo-town");
        var unreasoned = await RegistrationFlowTests.ActAsync(town, details, "#return", new() { ["Input.Text"] = "  " });
        Assert.Equal(HttpStatusCode.OK, unreasoned.StatusCode);
        var decide = await PortalClient.ParseAsync(unreasoned);
        Assert.Contains("R2", decide.QuerySelector("span[data-valmsg-for='Input.Reasons']")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(decide.QuerySelector("#decide-form"));
        Assert.Equal("SubmittedToTown", decide.QuerySelector("#status")!.GetAttribute("data-status"));

        Assert.Equal(HttpStatusCode.Redirect, (await RegistrationFlowTests.ActAsync(town, details, "#agree", new() { ["Input.Text"] = "同意设立。" })).StatusCode);

        // R3: a registration number already in use is refused under the number; the USCC typed is kept.
        using var bureau = await SignInAsync("demo-bureau");
        var uscc = CommunityStation.Domain.Common.UnifiedSocialCreditCode.Compose("52320282", "MJ500001");
        var taken = await RegistrationFlowTests.ActAsync(bureau, details, "#register", new()
        {
            ["Input.RegistrationNumber"] = "宜民证字第2008001号",
            ["Input.Uscc"] = uscc,
            ["Input.RegistrationDate"] = "2026-01-05",
        });
        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        var register = await PortalClient.ParseAsync(taken);
        Assert.NotEmpty(register.QuerySelector("span[data-valmsg-for='Input.RegistrationNumber']")!.TextContent.Trim());
        Assert.Equal(uscc, register.QuerySelector("input[name='Input.Uscc']")!.GetAttribute("value"));
        Assert.Equal("2026-01-05", register.QuerySelector("input[name='Input.RegistrationDate']")!.GetAttribute("value"));

        // Returning without reasons: the domain's refusal stands under the bureau's reasons box.
        var returned = await RegistrationFlowTests.ActAsync(bureau, details, "#return-to-town", new() { ["Input.Reasons"] = string.Empty });
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        Assert.Contains("R3", (await PortalClient.ParseAsync(returned)).QuerySelector("span[data-valmsg-for='Input.Reasons']")!.TextContent, StringComparison.Ordinal);

        // The action pages open on their own too, for the user who may take the step.
        Assert.NotNull((await bureau.GetDocumentAsync($"/Registration/Applications/Register/{Demo.JiubinApplication}")).QuerySelector("#register-form"));

        // R3 (soft): a code not issued by civil affairs asks for a reason in a box of its own, then registers, audited.
        var fields = new Dictionary<string, string>
        {
            ["Input.RegistrationNumber"] = "宜民证字第2026901号",
            ["Input.Uscc"] = "91350100M000100Y43",
            ["Input.RegistrationDate"] = "2026-01-05",
        };
        var warned = await RegistrationFlowTests.ActAsync(bureau, details, "#register", fields);
        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        var warning = await PortalClient.ParseAsync(warned);
        Assert.Contains("R3", warning.QuerySelector("span[data-valmsg-for='Input.UsccReason']")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(warning.QuerySelector("textarea[name='Input.UsccReason']"));

        fields["Input.UsccReason"] = "登记证书上的代码由原工商登记转来，已核实";
        Assert.Equal(HttpStatusCode.Redirect, (await RegistrationFlowTests.ActAsync(bureau, $"/Registration/Applications/Register/{Demo.JiubinApplication}", "#register", fields)).StatusCode);
        await using var audit = Portal.CreateDbContext(null);
        Assert.True(await audit.AuditEntries.AnyAsync(a => a.Kind == "SoftRuleOverride" && a.UserName == "demo-bureau" && a.Detail!.Contains("已核实")));
    }
}
