using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CommunityStation.Bench;

/// <summary>What one load run measured.</summary>
public sealed record LoadReport(string Scale, string Label, DateTimeOffset At, int Connections, int Seconds, double ColdStartSeconds, double PeakRssMegabytes,
    IReadOnlyList<PageResult> Pages, PageResult Bare, PageResult Plain, string LoadAverageBefore = "", string LoadAverageAfter = "")
{
    public PageResult? Page(string name) => Pages.FirstOrDefault(p => p.Page == name);
}

/// <summary>
/// <c>load</c>: starts the bare endpoint and the portal (each in its own process), signs in as each role,
/// then drives every page with wrk for a fixed time (a short warm-up first), one page at a time.
/// </summary>
public static class LoadRun
{
    public const int PortalPort = 56505;
    public const int BarePort = 56507;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static async Task<LoadReport> RunAsync(BenchOptions options, string label)
    {
        var database = await BenchDatabase.OpenAsync(options.Connection, options.DatabaseName);
        var targets = await Targets.ForAsync(database);

        // This checkout's migrations (an index the pages need), as a deployment applies them before the portal
        // starts; not for another build of the portal (--portal), which runs against the schema it had.
        if (options.Portal is null)
        {
            using var logs = LoggerFactory.Create(b => b.AddConsole());
            await CommunityStation.Infrastructure.Database.DatabaseInitializer.MigrateAsync(database.Connections.Owner, database.Connections.App, logs.CreateLogger("migrate"));
        }

        // The machine is shared: what else ran is part of the result.
        var loadBefore = LoadAverage();
        using var bare = StartBare(options);
        try
        {
            return await MeasureAsync(options, label, database, targets, bare, loadBefore);
        }
        finally
        {
            bare.Kill(entireProcessTree: true);
            await bare.WaitForExitAsync();
        }
    }

    private static async Task<LoadReport> MeasureAsync(BenchOptions options, string label, BenchDatabase database, IReadOnlyList<Target> targets, Process bare, string loadBefore)
    {
        await using var portal = await PortalProcess.StartAsync(database, PortalPort, options.Portal);
        Progress.Say($"portal ready in {portal.ColdStart.TotalSeconds:F2} s (pid {portal.Id}); bare endpoint pid {bare.Id}");
        await WaitForAsync(new Uri($"http://127.0.0.1:{BarePort}{BareServer.PlainPath}"));

        var cookies = new Dictionary<string, string>();
        foreach (var user in targets.Select(t => t.UserName).OfType<string>().Distinct())
        {
            cookies[user] = await SignIn.CookieHeaderAsync(portal.Address, user, World.Password);
        }

        var results = new List<PageResult>();
        foreach (var target in targets)
        {
            await portal.QuiesceAsync();
            var url = new Uri(portal.Address, target.Path);
            var cookie = target.UserName is null ? null : cookies[target.UserName];
            var single = await Wrk.RunAsync(target.Page, target.UserName ?? "anonymous", url, cookie, 1, 3, threads: 1);
            await portal.QuiesceAsync();
            var result = await Wrk.RunAsync(target.Page, target.UserName ?? "anonymous", url, cookie, options.Connections, options.Seconds) with { SingleP50 = single.P50 };
            results.Add(result);
            Progress.Say($"{target.Page,-24} 1 conn p50 {result.SingleP50,6:F1} ms | {result.RequestsPerSecond,8:F0} req/s  p50 {result.P50,7:F1}  p95 {result.P95,7:F1}  p99 {result.P99,7:F1} ms  non-2xx {result.Non2xx} errors {result.Errors}");
        }

        var bareUrl = new Uri($"http://127.0.0.1:{BarePort}{BareServer.QueuePath}");
        var bareSingle = await Wrk.RunAsync("bare", "-", bareUrl, null, 1, 3, threads: 1);
        var bareQueue = await Wrk.RunAsync("bare desk queue", "bench-desk", bareUrl, null, options.Connections, options.Seconds) with { SingleP50 = bareSingle.P50 };
        Progress.Say($"bare desk queue          {bareQueue.RequestsPerSecond,8:F0} req/s  p50 {bareQueue.P50,7:F1}  p95 {bareQueue.P95,7:F1}  p99 {bareQueue.P99,7:F1} ms");
        var plain = await Wrk.RunAsync("bare Kestrel, no database", "-", new Uri($"http://127.0.0.1:{BarePort}{BareServer.PlainPath}"), null, options.Connections, options.Seconds);

        var report = new LoadReport(options.Scale, label, DateTimeOffset.UtcNow, options.Connections, options.Seconds, portal.ColdStart.TotalSeconds, portal.PeakRssMegabytes, results, bareQueue, plain, loadBefore, LoadAverage());
        var file = Path.Combine(Repository.BenchOutput, $"load-{options.Scale}-{label}.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(report, Indented));
        Progress.Say($"saved {file}");
        return report;
    }

    private static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    /// <summary>A report saved by an earlier run (e.g. "before"), if there is one.</summary>
    public static LoadReport? Saved(string scale, string label)
    {
        var file = Path.Combine(Repository.BenchOutput, $"load-{scale}-{label}.json");
        return File.Exists(file) ? JsonSerializer.Deserialize<LoadReport>(File.ReadAllText(file)) : null;
    }

    private static Process StartBare(BenchOptions options)
    {
        var self = Path.Combine(AppContext.BaseDirectory, "CommunityStation.Bench.dll");
        List<string> args = [self, "bare", "--scale", options.Scale, "--database", options.DatabaseName, "--port", BarePort.ToString(CultureInfo.InvariantCulture)];
        if (options.Connection is { } c)
        {
            args.AddRange(["--connection", c]);
        }

        return Process.Start(new ProcessStartInfo("dotnet", args) { UseShellExecute = false, RedirectStandardOutput = true }) ?? throw new InvalidOperationException("The bare endpoint did not start.");
    }

    private static async Task WaitForAsync(Uri url)
    {
        using var http = new HttpClient();
        for (var i = 0; i < 300; i++)
        {
            try
            {
                if ((await http.GetAsync(url)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{url} did not answer.");
    }

    /// <summary>The table for docs/performance.md: one row per page; a "before" report, when given, beside it.</summary>
    public static string Markdown(LoadReport after, LoadReport? before = null)
    {
        var md = new StringBuilder();
        string F(double v) => v.ToString(v >= 100 ? "F0" : "F1", CultureInfo.InvariantCulture);

        // wrk reports no latency for a run in which no request finished: say so rather than print zeros.
        string L(PageResult? r, Func<PageResult, double> value, bool single = false) => r is null ? "–" : (single ? value(r) == 0 : r.Requests == 0) ? "none done" : F(value(r));
        if (before is null)
        {
            md.AppendLine("| page | as | 1 conn p50 ms | req/s | p50 ms | p95 ms | p99 ms | non-2xx |").AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var p in after.Pages.Append(after.Bare).Append(after.Plain))
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"| {p.Page} | {p.Role} | {L(p, x => x.SingleP50, single: true)} | {F(p.RequestsPerSecond)} | {L(p, x => x.P50)} | {L(p, x => x.P95)} | {L(p, x => x.P99)} | {p.Non2xx + p.Errors} |");
            }
        }
        else
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| page | as | 1 conn p50 ms {after.Label} | req/s {before.Label} | req/s {after.Label} | p95 ms {before.Label} | p95 ms {after.Label} | p99 ms {before.Label} | p99 ms {after.Label} |")
                .AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var p in after.Pages.Append(after.Bare).Append(after.Plain))
            {
                var b = before.Pages.Append(before.Bare).Append(before.Plain).FirstOrDefault(x => x.Page == p.Page);
                md.AppendLine(CultureInfo.InvariantCulture,
                    $"| {p.Page} | {p.Role} | {L(p, x => x.SingleP50, single: true)} | {(b is null ? "–" : F(b.RequestsPerSecond))} | {F(p.RequestsPerSecond)} | {L(b, x => x.P95)} | {L(p, x => x.P95)} | {L(b, x => x.P99)} | {L(p, x => x.P99)} |");
            }
        }

        var queue = after.Page("desk queue");
        var ratio = queue is null ? 0 : queue.RequestsPerSecond / after.Bare.RequestsPerSecond;
        var beforeRatio = before?.Page("desk queue") is { } bq ? $" (before: {bq.RequestsPerSecond / before.Bare.RequestsPerSecond:F2}×)" : string.Empty;
        var beforeStart = before is null ? string.Empty : $" (before: {before.ColdStartSeconds:F2} s)";
        var beforeRss = before is null ? string.Empty : $" (before: {before.PeakRssMegabytes:F0} MB)";
        md.AppendLine()
            .AppendLine(string.Create(CultureInfo.InvariantCulture, $"- desk queue / bare endpoint: **{ratio:F2}×** req/s{beforeRatio}"))
            .AppendLine(string.Create(CultureInfo.InvariantCulture, $"- cold start to /health/ready: {after.ColdStartSeconds:F2} s{beforeStart}"))
            .AppendLine(string.Create(CultureInfo.InvariantCulture, $"- peak RSS of the portal under load: {after.PeakRssMegabytes:F0} MB{beforeRss}"))
            .AppendLine(string.Create(CultureInfo.InvariantCulture, $"- machine load average (1, 5, 15 min) before / after the run: {after.LoadAverageBefore} / {after.LoadAverageAfter} (2 cores)"));
        return md.ToString();
    }
}
