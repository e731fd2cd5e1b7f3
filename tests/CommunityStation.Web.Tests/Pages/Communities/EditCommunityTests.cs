namespace CommunityStation.Web.Tests.Pages.Communities;

public sealed class EditCommunityTests(PortalFactory portal) : OwnPortalTests(portal)
{
    [Fact]
    public async Task An_official_edits_households_and_the_audit_trail_keeps_before_and_after()
    {
        using var client = await SignInAsync("demo-town");
        await client.SaveFormAsync($"/Communities/Edit/{Demo.Chengzhong}", new Dictionary<string, string> { ["Input.Households"] = "2601" });

        var details = await client.GetDocumentAsync($"/Communities/Details/{Demo.Chengzhong}");
        Assert.Equal("2601", details.QuerySelector("#households")!.TextContent.Trim());

        await using var db = Portal.CreateDbContext(null);
        var audit = await db.AuditEntries
            .Where(a => a.Entity == "Community" && a.EntityKey == Demo.Chengzhong.ToString() && a.Kind == "Updated")
            .OrderByDescending(a => a.Id)
            .FirstAsync();
        Assert.Equal("demo-town", audit.UserName);
        Assert.Equal(Demo.Yicheng, audit.TenantId);
        Assert.Contains("\"Households\": 2480", audit.Before!, StringComparison.Ordinal);
        Assert.Contains("\"Households\": 2601", audit.After!, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.Zero, audit.OccurredAt.Offset);
    }

    /// <summary>Values each field refuses: negative, not a number or too large; no such date or an ended term; empty.</summary>
    public static TheoryData<string, string> BadInputs => TheoryRows.Grouped(
        ("Input.Households", ["-5", "abc", "99999999999"]),
        ("Input.RcTermEnd", ["2020-02-30", "2001-01-01"]));

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_gets_a_message_at_the_field_and_keeps_what_was_typed(string field, string value)
    {
        var response = await SubmitAsAsync("demo-town", $"/Communities/Edit/{Demo.Nanhong}", new Dictionary<string, string>
        {
            [field] = value,
            ["Input.PartyOrganisation"] = "保留的输入",
        });

        var page = await Refused.AtFieldAsync(response, field);
        Assert.Equal("保留的输入", page.QuerySelector("input[name='Input.PartyOrganisation']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Over_long_text_is_refused_with_a_message_not_a_500()
    {
        using var client = await SignInAsync("demo-town");
        var response = await client.SubmitFormAsync($"/Communities/Edit/{Demo.Nanhong}", new Dictionary<string, string>
        {
            ["Input.PartyOrganisation"] = new string('长', 500),
        });
        await Refused.AtFieldAsync(response, "Input.PartyOrganisation");
    }

    [Fact]
    public async Task S3_the_director_must_be_one_of_the_communitys_people()
    {
        using var client = await SignInAsync("demo-town");
        var response = await client.SubmitFormAsync($"/Communities/Edit/{Demo.Nanhong}", new Dictionary<string, string>
        {
            ["Input.RcDirectorId"] = Guid.NewGuid().ToString(),
        });
        await Refused.AtFieldAsync(response, "Input.RcDirectorId");
    }

    [Fact]
    public async Task The_party_organisation_is_kept_as_typed_with_its_full_width_digit()
    {
        using var client = await SignInAsync("demo-town");
        await client.SaveFormAsync($"/Communities/Edit/{Demo.Nanhong}", new Dictionary<string, string> { ["Input.PartyOrganisation"] = "中共南虹社区第１支部" });
        var page = await client.GetDocumentAsync($"/Communities/Details/{Demo.Nanhong}");
        Assert.Contains("中共南虹社区第１支部", page.Body!.TextContent, StringComparison.Ordinal);
    }
}
