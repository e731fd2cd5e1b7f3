using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using CommunityStation.Domain.Common;
using Npgsql;

namespace CommunityStation.Bench;

/// <summary>
/// The physical limit beside the portal: bare Kestrel and raw Npgsql running the desk queue's statements
/// for the desk account in the portal's transaction shape (BEGIN, set the tenant, the station, the first
/// page of 50 rows with the total in the same statement, COMMIT) and writing the same rows as an HTML table. No authentication,
/// no framework: what the database and the wire cost.
/// </summary>
public static class BareServer
{
    public const string QueuePath = "/desk-queue";
    public const string PlainPath = "/plain";

    public static async Task RunAsync(BenchOptions options, int port)
    {
        var database = await BenchDatabase.OpenAsync(options.Connection, options.DatabaseName);
        await using var db = NpgsqlDataSource.Create(database.Connections.App);
        var (userId, tenantId, communityId) = await DeskUserAsync(database);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        var app = builder.Build();
        app.MapGet(PlainPath, () => Results.Text("ok"));
        app.MapGet(QueuePath, async (HttpContext http) =>
        {
            var html = await QueueAsync(db, userId, tenantId, communityId);
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync(html);
        });
        Console.WriteLine($"bare endpoint on http://127.0.0.1:{port}{QueuePath}");
        await app.RunAsync();
    }

    private static async Task<(Guid User, Guid Tenant, Guid Community)> DeskUserAsync(BenchDatabase database)
    {
        await using var admin = NpgsqlDataSource.Create(database.AdminInDatabase);
        await using var command = admin.CreateCommand("SELECT id, tenant_id, community_id FROM users WHERE user_name = 'bench-desk'");
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2));
    }

    private static async Task<string> QueueAsync(NpgsqlDataSource db, Guid userId, Guid tenantId, Guid communityId)
    {
        await using var connection = await db.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var settings = new NpgsqlCommand("SELECT set_config('app.tenant_id', @tenant, true), set_config('app.city_read', 'off', true)", connection, transaction))
        {
            settings.Parameters.AddWithValue("tenant", tenantId.ToString());
            await settings.ExecuteNonQueryAsync();
        }

        Guid stationId;
        string stationName;
        await using (var station = new NpgsqlCommand("""
            SELECT s.id, s.name, p.case_code FROM stations s
            LEFT JOIN station_profiles p ON s.tenant_id = p.tenant_id AND s.id = p.station_id
            WHERE s.tenant_id = @tenant AND s.community_id = @community AND s.status = 'Registered' LIMIT 1
            """, connection, transaction))
        {
            station.Parameters.AddWithValue("tenant", tenantId);
            station.Parameters.AddWithValue("community", communityId);
            await using var reader = await station.ExecuteReaderAsync();
            await reader.ReadAsync();
            (stationId, stationName) = (reader.GetGuid(0), reader.GetString(1));
        }

        const string Where = """
            FROM service_cases c
            JOIN stations s ON c.tenant_id = s.tenant_id AND c.station_id = s.id
            LEFT JOIN residents r ON c.tenant_id = r.tenant_id AND c.resident_id = r.id
            WHERE c.tenant_id = @tenant AND c.station_id = @station AND c.owner_id = @owner AND c.status IN ('Received', 'InProgress', 'Referred')
            """;
        long total = 0;
        var html = new StringBuilder("<!DOCTYPE html><html><body><table><tbody>");
        await using (var page = new NpgsqlCommand(
            // The total rides in the page's own statement (an uncorrelated subquery), as the portal's keyset pages read it.
            "SELECT c.id, c.number, s.name, c.duty_area_code, c.status, c.owner_name, c.received_at, c.promised_by, r.name, r.phone, (SELECT count(*) " + Where + ") " + Where +
            " ORDER BY c.promised_by, c.received_at, c.id LIMIT 50", connection, transaction))
        {
            page.Parameters.AddWithValue("tenant", tenantId);
            page.Parameters.AddWithValue("station", stationId);
            page.Parameters.AddWithValue("owner", userId);
            await using var reader = await page.ExecuteReaderAsync();
            var encoder = HtmlEncoder.Default;
            while (await reader.ReadAsync())
            {
                total = reader.GetInt64(10);
                html.Append("<tr><td><a href=\"/Desk/Cases/Details/").Append(reader.GetGuid(0)).Append("\">").Append(encoder.Encode(reader.GetString(1))).Append("</a></td><td>")
                    .Append(encoder.Encode(reader.GetString(2))).Append("</td><td>").Append(reader.GetString(3)).Append("</td><td>").Append(reader.GetString(4))
                    .Append("</td><td>").Append(encoder.Encode(reader.GetString(5))).Append("</td><td>")
                    .Append(reader.GetFieldValue<DateTimeOffset>(6).ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))
                    .Append("</td><td>").Append(reader.GetFieldValue<DateOnly>(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("</td><td>")
                    .Append(reader.IsDBNull(8) ? string.Empty : encoder.Encode(reader.GetString(8))).Append("</td><td>")
                    .Append(reader.IsDBNull(9) ? string.Empty : Masking.MaskPhone(reader.GetString(9))).Append("</td></tr>");
            }
        }

        await transaction.CommitAsync();
        return html.Append("</tbody></table><p>").Append(encoder0(stationName)).Append(' ').Append(total).Append("</p></body></html>").ToString();

        static string encoder0(string text) => HtmlEncoder.Default.Encode(text);
    }
}
