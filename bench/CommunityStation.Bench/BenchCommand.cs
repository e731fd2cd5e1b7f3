using System.Diagnostics;

namespace CommunityStation.Bench;

/// <summary>The verbs: generate, load, bare, explain, all, drop (see docs/performance.md).</summary>
public static class BenchCommand
{
    /// <summary>
    /// <c>all</c>: generates the scale's database unless it is there (<c>--regenerate</c> forces it), runs EXPLAIN on
    /// every page's queries, then the load run, and prints the markdown table (beside a saved "before" run if any).
    /// The database is dropped at the end unless <c>--keep</c>.
    /// </summary>
    private static async Task<int> AllAsync(BenchOptions options)
    {
        var database = await BenchDatabase.OpenAsync(options.Connection, options.DatabaseName);
        if (options.Regenerate || !await database.IsFilledAsync())
        {
            await Generator.RunAsync(options);
        }

        var (violations, plans) = await ExplainRun.RunAsync(options);
        var report = await LoadRun.RunAsync(options, options.Label);
        var markdown = LoadRun.Markdown(report, options.Label == "before" ? null : LoadRun.Saved(options.Scale, "before"));
        var output = Path.Combine(Repository.BenchOutput, $"performance-{options.Scale}.md");
        await File.WriteAllTextAsync(output, $"{markdown}\n{plans}\n");
        Console.WriteLine(markdown);
        Console.WriteLine(plans);
        Console.WriteLine(violations == 0 ? "EXPLAIN: no sequential scan of a table over 10,000 rows" : $"EXPLAIN FAILED: {violations} sequential scans of tables over 10,000 rows");
        if (!options.Keep)
        {
            await database.DropAsync();
            Console.WriteLine($"dropped {database.Name} (--keep keeps it)");
        }

        return violations == 0 ? 0 : 1;
    }

    public static async Task<int> Main(string[] args)
    {
        var options = BenchOptions.Parse(args);
        switch (options.Verb)
        {
            case "generate":
                await Generator.RunAsync(options);
                return 0;
            case "load":
            {
                var report = await LoadRun.RunAsync(options, options.Label);
                var before = LoadRun.Saved(options.Scale, "before");
                Console.WriteLine(LoadRun.Markdown(report, options.Label == "before" ? null : before));
                return 0;
            }

            case "all":
                return await AllAsync(options);
            case "explain":
            {
                var (violations, markdown) = await ExplainRun.RunAsync(options);
                Console.WriteLine(markdown);
                Console.WriteLine(violations == 0 ? "no sequential scan of a table over 10,000 rows" : $"FAIL: {violations} sequential scans of tables over 10,000 rows");
                return violations == 0 ? 0 : 1;
            }

            case "bare":
                await BareServer.RunAsync(options, options.Port);
                return 0;
            case "drop":
                await (await BenchDatabase.OpenAsync(options.Connection, options.DatabaseName)).DropAsync();
                Console.WriteLine($"dropped {options.DatabaseName}");
                return 0;
            default:
                Console.Error.WriteLine("""
                    usage: CommunityStation.Bench <verb> [--scale city|province] [--connection ADMIN] [--database NAME] [--seconds N]
                      generate   fill a database through the app's migrations, then binary COPY
                      load       drive every main GET page at 32 connections (wrk), beside the bare endpoint
                      bare       serve the bare Kestrel + Npgsql desk queue endpoint
                      explain    EXPLAIN every page's queries; fail on a sequential scan of a table over 10,000 rows
                      all        generate (unless it exists), explain, load; print the markdown table
                      drop       drop the benchmark database
                    options: --seconds N (per page, 10), --connections N (32), --label NAME (after), --portal PATH/CommunityStation.Web.dll
                             (another build, e.g. main's for a "before" run), --fraction F (a partial province), --keep, --regenerate
                    """);
                return 2;
        }
    }
}

/// <summary>The command line.</summary>
public sealed record BenchOptions(string Verb, string Scale, string? Connection, string DatabaseName, int Seconds, int Connections, double Fraction, bool Keep, string Label, int Port, bool Regenerate, string? Portal)
{
    public static BenchOptions Parse(string[] args)
    {
        var verb = args.Length > 0 ? args[0] : "help";
        string Value(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        var scale = Value("--scale", "city");
        if (scale is not ("city" or "province" or "demo"))
        {
            throw new ArgumentException($"--scale must be city or province, not {scale}");
        }

        return new BenchOptions(
            verb,
            scale,
            Value("--connection", null!) is { } c ? c : null,
            Value("--database", $"cs_bench_{scale}"),
            int.Parse(Value("--seconds", "10"), System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(Value("--connections", "32"), System.Globalization.CultureInfo.InvariantCulture),
            double.Parse(Value("--fraction", "1"), System.Globalization.CultureInfo.InvariantCulture),
            args.Contains("--keep"),
            Value("--label", "after"),
            int.Parse(Value("--port", "56507"), System.Globalization.CultureInfo.InvariantCulture),
            args.Contains("--regenerate"),
            Value("--portal", null!) is { } portal ? Path.GetFullPath(portal) : null);
    }
}

/// <summary>Progress lines with the elapsed time.</summary>
public static class Progress
{
    private static readonly Stopwatch Clock = Stopwatch.StartNew();

    public static void Say(string text) => Console.WriteLine($"[{Clock.Elapsed:mm\\:ss}] {text}");
}
