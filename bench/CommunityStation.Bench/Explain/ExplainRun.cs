using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CommunityStation.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace CommunityStation.Bench;

/// <summary>
/// <c>explain</c>: opens every load-run page in the portal (in process, on the benchmark database), keeps
/// each SELECT it sends with its parameters and the tenant settings of its transaction, then runs EXPLAIN
/// on it as the app role with the same settings. Fails on a sequential scan of a table over 10,000 rows.
/// </summary>
public static class ExplainRun
{
    public const long Threshold = 10_000;

    public static async Task<(int Violations, string Markdown)> RunAsync(BenchOptions options)
    {
        var database = await BenchDatabase.OpenAsync(options.Connection, options.DatabaseName);
        var targets = await Targets.ForAsync(database);
        var capture = new CapturedCommands();
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_COMMUNITYSTATION_WEB", Repository.WebProject);
        await using var portal = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("ConnectionStrings:Default", database.Connections.App);
            b.UseSetting("Security:RequireTwoFactorForRoles", "none");
            b.UseSetting("Portal:PublicBaseUrl", BenchSettings.PublicBaseUrl);
            b.UseSetting("Reminders:Enabled", "false");
            b.ConfigureTestServices(s => s.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(capture)));
        });

        var sizes = await TableSizesAsync(database);
        await using var app = NpgsqlDataSource.Create(database.Connections.App);
        var md = new StringBuilder("| page | statements | sequential scans over 10,000 rows | slowest plan (est. cost) |\n| --- | ---: | --- | ---: |\n");
        var violations = 0;
        foreach (var target in targets.Where(t => !t.Path.StartsWith("/health", StringComparison.Ordinal)))
        {
            using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
            if (target.UserName is { } user)
            {
                await SignInAsync(client, user);
            }

            capture.Clear();
            var response = await client.GetAsync(new Uri(target.Path, UriKind.Relative));
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{target.Page} ({target.Path}) answered {(int)response.StatusCode}");
            }

            var commands = capture.Take();
            var scans = new List<string>();
            double worst = 0;
            foreach (var command in commands.Where(c => c.Sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)))
            {
                var plan = await ExplainAsync(app, command);
                var cost = plan.RootElement[0].GetProperty("Plan").GetProperty("Total Cost").GetDouble();
                worst = Math.Max(worst, cost);
                // CS_BENCH_SHOW=<page name> prints every statement of that page with its plan, whatever it costs.
                if (cost > 1000 || string.Equals(Environment.GetEnvironmentVariable("CS_BENCH_SHOW"), target.Page, StringComparison.Ordinal))
                {
                    Progress.Say($"costly plan ({cost:F0}) on {target.Page}:\n{command.Sql}\n{Describe(plan.RootElement[0].GetProperty("Plan"), 1)}");
                }
                foreach (var relation in SeqScans(plan.RootElement[0].GetProperty("Plan")))
                {
                    if (sizes.TryGetValue(relation, out var rows) && rows > Threshold)
                    {
                        scans.Add($"{relation} ({rows:N0} rows)");
                        Progress.Say($"SEQ SCAN {relation} on {target.Page}:\n{command.Sql}");
                    }
                }
            }

            violations += scans.Count;
            md.AppendLine(CultureInfo.InvariantCulture, $"| {target.Page} | {commands.Count} | {(scans.Count == 0 ? "none" : string.Join(", ", scans.Distinct()))} | {worst:F0} |");
            Progress.Say($"{target.Page,-24} {commands.Count} statements, {scans.Count} sequential scans over {Threshold:N0} rows, worst plan cost {worst:F0}");
        }

        return (violations, md.ToString());
    }

    private static async Task SignInAsync(HttpClient client, string user)
    {
        var form = await client.GetStringAsync(new Uri("/Account/Login", UriKind.Relative));
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.UserName"] = user, ["Input.Password"] = World.Password, ["__RequestVerificationToken"] = token });
        var response = await client.PostAsync(new Uri("/Account/Login", UriKind.Relative), content);
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"sign-in as {user} answered {(int)response.StatusCode}");
        }
    }

    private static async Task<JsonDocument> ExplainAsync(NpgsqlDataSource app, Captured command)
    {
        await using var connection = await app.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var settings = new NpgsqlCommand("SELECT set_config('app.tenant_id', @tenant, true), set_config('app.city_read', @city, true)", connection, transaction))
        {
            settings.Parameters.AddWithValue("tenant", command.Tenant?.ToString() ?? string.Empty);
            settings.Parameters.AddWithValue("city", command.CityRead ? "on" : "off");
            await settings.ExecuteNonQueryAsync();
        }

        await using var explain = new NpgsqlCommand("EXPLAIN (FORMAT JSON) " + command.Sql, connection, transaction);
        foreach (var p in command.Parameters)
        {
            explain.Parameters.Add(p.Clone());
        }

        var json = (string)(await explain.ExecuteScalarAsync())!;
        await transaction.RollbackAsync();
        return JsonDocument.Parse(json);
    }

    /// <summary>The plan as indented node lines (type, relation or index, estimated rows and cost).</summary>
    private static string Describe(JsonElement node, int depth)
    {
        var line = new StringBuilder().Append(' ', depth * 2).Append(node.GetProperty("Node Type").GetString());
        foreach (var name in new[] { "Relation Name", "Index Name" })
        {
            if (node.TryGetProperty(name, out var value))
            {
                line.Append(' ').Append(value.GetString());
            }
        }

        line.Append(CultureInfo.InvariantCulture, $" rows={node.GetProperty("Plan Rows").GetDouble():F0} cost={node.GetProperty("Total Cost").GetDouble():F0}");
        if (node.TryGetProperty("Plans", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                line.Append('\n').Append(Describe(child, depth + 1));
            }
        }

        return line.ToString();
    }

    private static IEnumerable<string> SeqScans(JsonElement node)
    {
        if (node.GetProperty("Node Type").GetString() == "Seq Scan" && node.TryGetProperty("Relation Name", out var relation))
        {
            yield return relation.GetString()!;
        }

        if (node.TryGetProperty("Plans", out var children))
        {
            foreach (var child in children.EnumerateArray().SelectMany(SeqScans))
            {
                yield return child;
            }
        }
    }

    private static async Task<Dictionary<string, long>> TableSizesAsync(BenchDatabase database)
    {
        await using var admin = NpgsqlDataSource.Create(database.AdminInDatabase);
        await using var command = admin.CreateCommand("SELECT relname, reltuples::bigint FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace");
        await using var reader = await command.ExecuteReaderAsync();
        var sizes = new Dictionary<string, long>();
        while (await reader.ReadAsync())
        {
            sizes[reader.GetString(0)] = reader.GetInt64(1);
        }

        return sizes;
    }

    private sealed record Captured(string Sql, IReadOnlyList<NpgsqlParameter> Parameters, Guid? Tenant, bool CityRead);

    /// <summary>Every command EF sends, with the tenant settings of the unit of work it ran in.</summary>
    private sealed class CapturedCommands : DbCommandInterceptor
    {
        private readonly List<Captured> _commands = [];

        public void Clear()
        {
            lock (_commands)
            {
                _commands.Clear();
            }
        }

        public List<Captured> Take()
        {
            lock (_commands)
            {
                return [.. _commands];
            }
        }

        private void Keep(DbCommand command, CommandEventData data)
        {
            if (data.Context is AppDbContext db && command is NpgsqlCommand npgsql)
            {
                lock (_commands)
                {
                    _commands.Add(new Captured(npgsql.CommandText, [.. npgsql.Parameters.Select(p => p.Clone())], db.Tenant.TenantId, db.Tenant.CityReadMode));
                }
            }
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Keep(command, eventData);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Keep(command, eventData);
            return ValueTask.FromResult(result);
        }
    }
}
