namespace CommunityStation.Web.Tests.Pages.Account;

/// <summary>Failed sign-ins are throttled per address, per name from an address, and per name (limits 6, 3, 5 here).</summary>
public sealed class SignInThrottleTests(SecurityPortal portal) : SecurityPortalTests(portal)
{
    [Fact]
    public async Task Failed_sign_ins_from_one_address_are_refused_there_while_another_user_signs_in_elsewhere()
    {
        using var attacker = Portal.ClientFrom("203.0.113.10");
        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await attacker.SignInAsync($"nobody-{i}", "wrong password")).StatusCode);
        }

        var refused = await attacker.SignInAsync("demo-rc", PortalClient.DemoPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter is not null);
        var page = await PortalClient.ParseAsync(refused);
        Assert.Contains("登录失败次数过多", page.QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("throttled (address)", await AuditDetailsAsync("demo-rc", "203.0.113.10"), StringComparison.Ordinal);

        using var colleague = Portal.ClientFrom("203.0.113.11");
        Assert.Equal(HttpStatusCode.Redirect, (await colleague.SignInAsync("demo-rc", PortalClient.DemoPassword)).StatusCode);
    }

    [Fact]
    public async Task Failed_sign_ins_for_one_name_from_many_addresses_hold_up_that_name_only()
    {
        await Portal.CreateUserAsync("name-probe", AppRoles.RcOfficer, "yicheng", "东虹社区");
        for (var i = 0; i < 5; i++)
        {
            using var bot = Portal.ClientFrom($"203.0.113.{20 + i}");
            Assert.Equal(HttpStatusCode.OK, (await bot.SignInAsync("name-probe", "wrong password")).StatusCode);
        }

        using var client = Portal.ClientFrom("203.0.113.30");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.SignInAsync("NAME-probe", SecurityPortal.Password)).StatusCode);
        Assert.Contains("throttled (user name)", await AuditDetailsAsync("NAME-probe", "203.0.113.30"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("demo-rc2", PortalClient.DemoPassword)).StatusCode);
    }

    [Fact]
    public async Task Wrong_passwords_from_one_address_cannot_keep_the_person_out_from_their_own()
    {
        await Portal.CreateUserAsync("victim-probe", AppRoles.RcOfficer, "yicheng", "东虹社区");
        using var attacker = Portal.ClientFrom("203.0.113.40");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await attacker.SignInAsync("victim-probe", "wrong password")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await attacker.SignInAsync("victim-probe", SecurityPortal.Password)).StatusCode);

        using var owner = Portal.ClientFrom("203.0.113.41");
        Assert.Equal(HttpStatusCode.Redirect, (await owner.SignInAsync("victim-probe", SecurityPortal.Password)).StatusCode);
        using var scope = Portal.Services.CreateScope();
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync("victim-probe"))!;
        Assert.Null(user.LockoutEnd);
        Assert.Equal(0, user.AccessFailedCount);
    }

    [Fact]
    public async Task Unknown_disabled_and_existing_users_get_the_same_answer_for_the_same_work()
    {
        await Portal.CreateUserAsync("same-probe", AppRoles.RcOfficer, "yicheng", "东虹社区");
        await Portal.CreateUserAsync("disabled-probe", AppRoles.RcOfficer, "yicheng", "东虹社区");
        using (var scope = Portal.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var disabled = (await users.FindByNameAsync("disabled-probe"))!;
            disabled.IsDisabled = true;
            await users.UpdateAsync(disabled);
        }

        using var client = Portal.ClientFrom("203.0.113.50");
        var answers = new List<(HttpStatusCode Status, string Message, int Hashes)>();
        foreach (var name in new[] { "same-probe", "no-such-user", "disabled-probe" })
        {
            var before = Portal.Hasher.Verifications;
            var response = await client.SignInAsync(name, "wrong password");
            var hashes = Portal.Hasher.Verifications - before;
            var page = await PortalClient.ParseAsync(response);
            answers.Add((response.StatusCode, page.QuerySelector(".validation-summary-errors")!.TextContent.Trim(), hashes));
        }

        Assert.All(answers, a => Assert.Equal(answers[0], a));
        Assert.Equal((HttpStatusCode.OK, "用户名或密码不正确。", 1), answers[0]);
    }

    private async Task<string> AuditDetailsAsync(string userName, string address)
    {
        await using var connection = new NpgsqlConnection(Portal.Connections.App);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT string_agg(detail, ' | ') FROM audit_entries WHERE user_name = $1 AND ip_address = $2", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = userName });
        command.Parameters.Add(new NpgsqlParameter { Value = address });
        return (await command.ExecuteScalarAsync()) as string ?? string.Empty;
    }
}
