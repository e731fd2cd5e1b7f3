using System.Diagnostics;
using System.Globalization;

namespace CommunityStation.Bench;

/// <summary>One page's numbers from one wrk run.</summary>
public sealed record PageResult(string Page, string Url, string Role, long Requests, double Seconds, double P50, double P95, double P99, long Non2xx, long Errors)
{
    /// <summary>The median with one connection (the warm-up run): what one user waits, without queueing.</summary>
    public double SingleP50 { get; init; }

    public double RequestsPerSecond => Requests / Seconds;
}

/// <summary>Runs Debian's wrk (-t2, N connections, fixed time) with a script that prints p50/p95/p99 and the error counts.</summary>
public static class Wrk
{
    private const string Script = """
        done = function(summary, latency, requests)
          local e = summary.errors
          io.write(string.format("RESULT %d %d %d %d %d %d %d\n", summary.requests, summary.duration,
            latency:percentile(50), latency:percentile(95), latency:percentile(99), e.status, e.connect + e.read + e.write + e.timeout))
        end
        """;

    public static async Task<PageResult> RunAsync(string page, string role, Uri url, string? cookie, int connections, int seconds, int threads = 2)
    {
        var script = Path.Combine(Repository.BenchOutput, "report.lua");
        await File.WriteAllTextAsync(script, Script);
        List<string> args = [$"-t{threads}", $"-c{connections}", $"-d{seconds}s", "--timeout", "10s", "-s", script];
        if (cookie is not null)
        {
            args.AddRange(["-H", $"Cookie: {cookie}"]);
        }

        args.Add(url.ToString());
        var start = new ProcessStartInfo("wrk", args) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start (apt-get install wrk).");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"wrk printed no result for {url}: {output} {await process.StandardError.ReadToEndAsync()}");
        var f = line.Split(' ')[1..].Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        return new PageResult(page, url.PathAndQuery, role, f[0], f[1] / 1e6, f[2] / 1000.0, f[3] / 1000.0, f[4] / 1000.0, f[5], f[6]);
    }
}
