namespace CommunityStation.Web.Tests.Infrastructure;

/// <summary>What the app role (<c>cs_app</c>) may never do, checked on a test portal's database and on a deployed city's.</summary>
public static class AppRoleRights
{
    /// <summary>The audit trail is append-only for the app role: it can neither change nor remove a row.</summary>
    public static TheoryData<string> AuditTampering =>
        ["UPDATE audit_entries SET detail = 'tampered'", "DELETE FROM audit_entries", "TRUNCATE audit_entries"];

    /// <summary>Runs <paramref name="sql"/> as the app role and expects PostgreSQL to refuse it for want of privilege (42501).</summary>
    public static async Task AssertRefusedAsync(string appConnectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(appConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
        Assert.True(refused.SqlState == PostgresErrorCodes.InsufficientPrivilege, $"{sql}: {refused.SqlState} {refused.MessageText}");
    }
}
