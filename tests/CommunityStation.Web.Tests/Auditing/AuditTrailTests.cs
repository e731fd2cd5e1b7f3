namespace CommunityStation.Web.Tests.Auditing;

public sealed class AuditTrailTests(PortalFactory portal) : OwnPortalTests(portal)
{
    [Theory]
    [MemberData(nameof(AppRoleRights.AuditTampering), MemberType = typeof(AppRoleRights))]
    public async Task The_app_role_cannot_change_or_remove_audit_rows(string sql) => await AppRoleRights.AssertRefusedAsync(Portal.Connections.App, sql);

    [Fact]
    public async Task The_app_role_can_append_and_read_audit_rows()
    {
        await using var connection = new NpgsqlConnection(Portal.Connections.App);
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand("INSERT INTO audit_entries (occurred_at, kind, detail) VALUES (now(), 'SignIn', 'probe')", connection);
        Assert.Equal(1, await insert.ExecuteNonQueryAsync());
        await using var count = new NpgsqlCommand("SELECT count(*) FROM audit_entries WHERE detail = 'probe'", connection);
        Assert.True((long)(await count.ExecuteScalarAsync())! >= 1);
    }

    [Fact]
    public async Task Sign_ins_ok_and_failed_are_audited()
    {
        using (var client = new PortalClient(Portal))
        {
            await client.SignInAsync("demo-rc2", "wrong password!");
        }

        using (await SignInAsync("demo-rc2"))
        {
        }

        await using var db = Portal.CreateDbContext(null);
        var kinds = db.AuditEntries.Where(a => a.UserName == "demo-rc2").Select(a => a.Kind).ToList();
        Assert.Contains("SignInFailed", kinds);
        Assert.Contains("SignIn", kinds);
    }

    [Fact]
    public async Task A_denied_access_is_audited()
    {
        using var client = await SignInAsync("demo-desk");
        var response = await client.GetAsync("/Audit");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.ToString(), StringComparison.Ordinal);

        await using var db = Portal.CreateDbContext(null);
        Assert.Contains(db.AuditEntries.Where(a => a.UserName == "demo-desk" && a.Kind == "AccessDenied").Select(a => a.Detail).ToList(), d => d!.Contains("/Audit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_audit_kind_is_offered_in_the_audit_pages_kind_filter()
    {
        var kinds = typeof(CommunityStation.Infrastructure.Auditing.AuditKinds)
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();
        Assert.Contains("SoftRuleOverride", kinds);

        using var client = await SignInAsync("demo-admin");
        var page = await client.GetDocumentAsync("/Audit");
        var offered = page.QuerySelectorAll("select[name='kind'] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.All(kinds, kind => Assert.Contains(kind, offered));
    }

    [Fact]
    public async Task The_audit_page_filters_by_entity_for_the_bureau()
    {
        using var client = await SignInAsync("demo-bureau");
        var page = await client.GetDocumentAsync("/Audit?entity=Community");
        Assert.NotNull(page.QuerySelector("table"));
    }

    [Fact]
    public async Task The_audit_log_pages_by_keyset_newest_first_with_no_row_twice()
    {
        using var client = await SignInAsync("demo-admin");
        var first = await client.GetDocumentAsync("/Audit?pageSize=10");
        var pager = first.QuerySelector(".pager")!;
        Assert.True(int.Parse(pager.GetAttribute("data-total")!, System.Globalization.CultureInfo.InvariantCulture) > 10);
        var second = await client.GetDocumentAsync(pager.QuerySelector(".pager-next")!.GetAttribute("href")!);
        Assert.Equal("2", second.QuerySelector(".pager")!.GetAttribute("data-page"));

        static List<string> Times(AngleSharp.Dom.IDocument page) =>
            [.. page.QuerySelectorAll("#audit-entries > tbody > tr > td.audit-time").Select(td => td.TextContent)];
        var firstTimes = Times(first);
        var secondTimes = Times(second);
        Assert.Equal(10, firstTimes.Count);
        Assert.NotEmpty(secondTimes);
        Assert.True(string.CompareOrdinal(firstTimes[^1], secondTimes[0]) >= 0, "the second page starts where the first ended, newest first");
    }
}
