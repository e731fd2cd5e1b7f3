using Npgsql;

namespace CommunityStation.Bench;

/// <summary>A page the load run drives: who opens it and its address (ids looked up in the benchmark database).</summary>
public sealed record Target(string Page, string? UserName, string Path);

public static class Targets
{
    /// <summary>The main GET pages, and a few more that showed trouble before (sign-in, directory, home pages).</summary>
    public static async Task<IReadOnlyList<Target>> ForAsync(BenchDatabase database)
    {
        await using var db = NpgsqlDataSource.Create(database.AdminInDatabase);
        var station = await ScalarAsync<Guid>(db, "SELECT s.id FROM stations s JOIN users u ON u.community_id = s.community_id AND u.tenant_id = s.tenant_id WHERE u.user_name = 'bench-desk'");
        var openCase = await ScalarAsync<Guid>(db, "SELECT c.id FROM service_cases c JOIN users u ON u.id = c.owner_id WHERE u.user_name = 'bench-desk' AND c.status <> 'Completed' ORDER BY c.received_at DESC LIMIT 1");
        var tenantCode = await ScalarAsync<string>(db, "SELECT t.code FROM tenants t JOIN stations s ON s.tenant_id = t.id WHERE s.id = @station", station);
        return
        [
            new("desk queue", "bench-desk", "/Desk/Cases"),
            new("desk home", "bench-desk", "/Desk"),
            new("case details", "bench-desk", $"/Desk/Cases/Details/{openCase}"),
            new("station queue (head)", "bench-head", "/Desk/Cases"),
            new("town home", "bench-town", "/Desk"),
            new("town register", "bench-town", "/Registration/Stations"),
            new("people", "bench-town", "/Staff/People"),
            new("roster", "bench-town", $"/Staff/Stations/Roster/{station}"),
            new("ratio", "bench-town", "/Staff/Ratio"),
            new("filings", "bench-town", "/Staff/Filings"),
            new("bureau queue", "bench-bureau", "/Registration/Applications"),
            new("bureau register", "bench-bureau", "/Registration/Stations"),
            new("audit log", "bench-admin", "/Audit"),
            new("inbox", "bench-rc", "/Inbox"),
            new("public station page", null, $"/Public/Stations/{tenantCode}/{station}"),
            new("public directory", null, "/Public/Stations"),
            new("sign-in page", null, "/Account/Login"),
            new("health (no database)", null, "/health/live"),
        ];
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlDataSource db, string sql, Guid? station = null)
    {
        await using var command = db.CreateCommand(sql);
        if (station is { } s)
        {
            command.Parameters.AddWithValue("station", s);
        }

        return (T)(await command.ExecuteScalarAsync() ?? throw new InvalidOperationException($"The benchmark database has no row for: {sql}"));
    }
}
