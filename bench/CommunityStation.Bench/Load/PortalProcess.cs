using System.Diagnostics;
using System.Globalization;

namespace CommunityStation.Bench;

/// <summary>
/// The portal as it runs in production: its Release build in its own process on Kestrel, Production
/// environment (JSON console logging, no developer pages), against the benchmark database as the app role.
/// Two-step sign-in is turned off (<c>Security:RequireTwoFactorForRoles=none</c>) because a load driver
/// cannot type codes; everything else is the portal's own configuration.
/// </summary>
public sealed class PortalProcess : IAsyncDisposable
{
    private readonly Process _process;
    private long _peakRss;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampler;

    private PortalProcess(Process process, Uri address, TimeSpan coldStart)
    {
        _process = process;
        Address = address;
        ColdStart = coldStart;
        _sampler = SampleRssAsync();
    }

    public Uri Address { get; }

    /// <summary>From starting the process to the first 200 from /health/ready.</summary>
    public TimeSpan ColdStart { get; }

    /// <summary>The largest resident set seen so far (MB).</summary>
    public double PeakRssMegabytes => Interlocked.Read(ref _peakRss) / 1024.0;

    public int Id => _process.Id;

    public static string WebDll => Path.Combine(Repository.WebProject, "bin", "Release", "net10.0", "CommunityStation.Web.dll");

    /// <param name="webDll">Another build of the portal (e.g. main's, for a "before" run); this checkout's Release build by default.</param>
    public static async Task<PortalProcess> StartAsync(BenchDatabase database, int port, string? webDll = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var dll = webDll ?? WebDll;
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"Build the portal first: dotnet build -c Release ({dll} is missing).");
        }

        var address = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        start.Environment["ConnectionStrings__Default"] = database.Connections.App;
        start.Environment["Security__RequireTwoFactorForRoles"] = "none";
        start.Environment["Portal__PublicBaseUrl"] = BenchSettings.PublicBaseUrl;

        // The reminders job would scan the city's history while the pages are measured; it is measured on its own.
        start.Environment["Reminders__Enabled"] = "false";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var clock = Stopwatch.StartNew();
        var process = Process.Start(start)!;
        var log = new StreamWriter(Path.Combine(Repository.BenchOutput, $"portal-{port}.log")) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The portal exited with {process.ExitCode}; see bench/results/portal-{port}.log");
            }

            try
            {
                if ((await http.GetAsync(new Uri(address, "/health/ready"))).IsSuccessStatusCode)
                {
                    break;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            if (clock.Elapsed > TimeSpan.FromSeconds(180))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("The portal did not answer /health/ready within 180 s.");
            }

            await Task.Delay(20);
        }

        return new PortalProcess(process, address, clock.Elapsed);
    }

    /// <summary>
    /// Waits until the portal has finished the requests a previous run left behind (wrk closes its connections
    /// at the deadline, the server still runs what it started): until it uses under a third of a core (an idle
    /// portal still compiles hot methods again in the background), or 20 s at most.
    /// </summary>
    public async Task QuiesceAsync()
    {
        var ticks = CpuTicks();
        for (var i = 0; i < 40; i++)
        {
            await Task.Delay(500);
            var now = CpuTicks();
            if (now - ticks < 16)
            {
                return;
            }

            ticks = now;
        }
    }

    /// <summary>User and system CPU time of the portal, in clock ticks (1/100 s).</summary>
    private long CpuTicks()
    {
        var fields = File.ReadAllText($"/proc/{_process.Id}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }

    private async Task SampleRssAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                var status = await File.ReadAllLinesAsync($"/proc/{_process.Id}/status");
                var line = status.FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
                if (line is not null && long.TryParse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture, out var kb))
                {
                    var seen = Interlocked.Read(ref _peakRss);
                    if (kb > seen)
                    {
                        Interlocked.Exchange(ref _peakRss, kb);
                    }
                }

                await Task.Delay(250, _stop.Token);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or UnauthorizedAccessException)
            {
                return;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampler;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _stop.Dispose();
    }
}
