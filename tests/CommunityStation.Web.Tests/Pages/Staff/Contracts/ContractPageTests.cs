using CommunityStation.Infrastructure.Auditing;

namespace CommunityStation.Web.Tests.Pages.Staff.Contracts;

/// <summary>Contracts/Create and the contracts on a person's page (H1–H4), on a portal of their own (one test changes a setting).</summary>
public sealed class ContractPageTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _portal;

    public ContractPageTests(PortalFactory portal)
    {
        _portal = portal;
    }

    // The demo's people of a station's community, by their place in DemoStaff: 1 the deputy (born 1980, channel B),
    // 2 a staff member (born 1988, channel B ending in 40 days), 4–7 RC members, 8 an assistant.
    private static Guid PersonOf(string tenant, string community, int index) => DeterministicGuid.For($"person:{tenant}:{community}:{index}");

    private async Task<(Guid Id, DateOnly End)> ContractOfAsync(Guid tenant, Guid person)
    {
        await using var db = _portal.CreateDbContext(tenant);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var contract = await db.Contracts.Where(c => c.PersonId == person).OrderBy(c => c.Start).FirstAsync();
        return (contract.Id, contract.End);
    }

    private async Task<int> ContractCountAsync(Guid tenant, Guid person)
    {
        await using var db = _portal.CreateDbContext(tenant);
        await using var transaction = await db.Database.BeginTransactionAsync();
        return await db.Contracts.CountAsync(c => c.PersonId == person);
    }

    [Fact]
    public async Task H4_channel_B_contract_needs_a_campaign_hire_or_a_renewal_of_the_same_person()
    {
        var staff = PersonOf("yicheng", "城中社区", 2);
        var deputy = PersonOf("yicheng", "城中社区", 1);
        var (deputysContract, _) = await ContractOfAsync(Demo.Yicheng, deputy);
        using var official = await PortalClient.SignedInAsync(_portal, "demo-town");
        var before = await ContractCountAsync(Demo.Yicheng, staff);

        var noCampaign = $"/Staff/Contracts/Create?person={staff}&channel=B";
        var refused = await official.SubmitFormAsync(noCampaign, new Dictionary<string, string> { ["Input.OverrideReason"] = "急需" }, "#contract-form");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("H4", (await PortalClient.ParseAsync(refused)).QuerySelector("#errors")!.TextContent, StringComparison.Ordinal);

        // Someone else's channel-B contract grants nothing, and an unknown one is not found.
        var borrowed = $"/Staff/Contracts/Create?person={staff}&channel=B&renew={deputysContract}";
        var notTheirs = await official.SubmitFormAsync(borrowed, new Dictionary<string, string> { ["Input.OverrideReason"] = "急需" }, "#contract-form");
        Assert.Equal(HttpStatusCode.OK, notTheirs.StatusCode);
        Assert.Contains("H4", (await PortalClient.ParseAsync(notTheirs)).QuerySelector("#errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await official.GetAsync($"/Staff/Contracts/Create?person={staff}&channel=B&renew={Guid.NewGuid()}")).StatusCode);
        Assert.Equal(before, await ContractCountAsync(Demo.Yicheng, staff));

        // The person's own channel-B contract renews, recorded as its renewal.
        var (own, end) = await ContractOfAsync(Demo.Yicheng, staff);
        var renewal = await official.SubmitFormAsync($"/Staff/Contracts/Create?person={staff}&channel=B&renew={own}", new Dictionary<string, string>(), "#contract-form");
        Assert.Equal(HttpStatusCode.Redirect, renewal.StatusCode);
        await using var db = _portal.CreateDbContext(Demo.Yicheng);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var renewed = await db.Contracts.SingleAsync(c => c.RenewalOf == own);
        Assert.Equal((HiringChannel.B, staff, end.AddDays(1)), (renewed.Channel, renewed.PersonId, renewed.Start));
    }

    [Fact]
    public async Task H4_a_renewal_above_the_relaxed_age_needs_a_reason_and_is_audited_as_a_soft_rule_override()
    {
        var deputy = PersonOf("yicheng", "南虹社区", 1); // born 1980: above 35 + 5 at renewal
        var (contract, _) = await ContractOfAsync(Demo.Yicheng, deputy);
        using var official = await PortalClient.SignedInAsync(_portal, "demo-town");
        var page = $"/Staff/Contracts/Create?person={deputy}&channel=B&renew={contract}";
        Assert.Contains("H4", (await official.GetDocumentAsync(page)).QuerySelector("#eligibility-warnings")!.TextContent, StringComparison.Ordinal);

        var noReason = await official.SubmitFormAsync(page, new Dictionary<string, string>(), "#contract-form");
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("H4", (await PortalClient.ParseAsync(noReason)).QuerySelector("span[data-valmsg-for='Input.OverrideReason']")!.TextContent, StringComparison.Ordinal);

        var signed = await official.SubmitFormAsync(page, new Dictionary<string, string> { ["Input.OverrideReason"] = "副站长岗位经验丰富，年度考核优秀" }, "#contract-form");
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        await using var audit = _portal.CreateDbContext(null);
        var entry = await audit.AuditEntries.SingleAsync(a => a.Kind == AuditKinds.SoftRuleOverride && a.Entity == "Contract" && a.Detail!.Contains("年度考核优秀"));
        Assert.Equal(("demo-town", Demo.Yicheng), (entry.UserName, entry.TenantId));
        Assert.Contains("H4", entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task H2_without_a_current_term_the_user_is_told_to_record_it()
    {
        var community = DemoData.CommunityId("dingshu", "丁山社区");
        await using (var db = _portal.CreateDbContext(Demo.Dingshu))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.Database.ExecuteSqlAsync($"UPDATE communities SET rc_term_start = DATE '2019-01-01', rc_term_end = DATE '2023-12-31' WHERE id = {community}");
            await transaction.CommitAsync();
        }

        Guid station;
        await using (var db = _portal.CreateDbContext(Demo.Dingshu))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            station = await db.Stations.Where(s => s.CommunityId == community).Select(s => s.Id).FirstAsync();
        }

        var member = PersonOf("dingshu", "丁山社区", 4);
        using var official = await PortalClient.SignedInAsync(_portal, "demo-town2");
        var page = $"/Staff/Contracts/Create?person={member}&channel=A";
        var refused = await official.SubmitFormAsync(page, new Dictionary<string, string>
        {
            ["Input.StationId"] = station.ToString(),
            ["Input.Start"] = "2026-06-01",
            ["Input.End"] = "2026-12-31",
            ["Input.OverrideReason"] = "熟悉社区情况",
        }, "#contract-form");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var document = await PortalClient.ParseAsync(refused);
        Assert.Contains("请先在社区资料中登记", document.QuerySelector("span[data-valmsg-for='Input.Start']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/Communities/Edit/{community}", document.QuerySelector("#record-rc-term-link")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, (await official.GetAsync($"/Communities/Edit/{community}")).StatusCode);
    }

    [Fact]
    public async Task H1_channel_A_person_not_an_rc_member_or_assistant_is_a_warning()
    {
        using var official = await PortalClient.SignedInAsync(_portal, "demo-town");
        string Warnings(AngleSharp.Dom.IDocument page) => page.QuerySelector("#eligibility-warnings")?.TextContent ?? string.Empty;
        var outsider = await official.GetDocumentAsync($"/Staff/Contracts/Create?person={PersonOf("yicheng", "城中社区", 2)}&channel=A");
        Assert.Contains("居委会成员或协管员", Warnings(outsider), StringComparison.Ordinal);
        var assistant = await official.GetDocumentAsync($"/Staff/Contracts/Create?person={PersonOf("yicheng", "城中社区", 8)}&channel=A");
        Assert.DoesNotContain("居委会成员或协管员", Warnings(assistant), StringComparison.Ordinal);
    }

    [Fact]
    public async Task H2_contract_expiry_warning_uses_the_setting()
    {
        var staff = PersonOf("heqiao", "和桥社区", 2); // channel B, ending in 40 days
        var town = await _portal.CreateUserAsync("town-heqiao", CommunityStation.Infrastructure.Identity.AppRoles.TownOfficial, "heqiao");
        using var official = await PortalClient.SignedInAsync(_portal, town, "Probe!pass-2026");
        var details = $"/Staff/People/Details/{staff}";
        Assert.NotNull((await official.GetDocumentAsync(details)).QuerySelector("#contracts .renew-link"));

        await using (var db = _portal.CreateDbContext(null))
        {
            var today = CommunityStation.Domain.Common.ChinaDate.Today(TimeProvider.System);
            db.PolicySettings.Add(new PolicySetting(Guid.NewGuid(), PolicySettingKeys.ContractExpiryWarningDays, 30m, today.AddDays(-1), DateTimeOffset.UtcNow, CommunityStation.Domain.Registration.Actor.System(), "30 天预警"));
            await db.SaveChangesAsync();
        }

        var page = await official.GetDocumentAsync(details);
        Assert.Null(page.QuerySelector("#contracts .renew-link"));
        Assert.Null(page.QuerySelector("#contracts tr.table-warning"));
    }
}
