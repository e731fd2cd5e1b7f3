namespace CommunityStation.Deployment.Tests.Infrastructure;

/// <summary>One instance of the published portal on a loopback port, started as systemd or Docker would start it.</summary>
public sealed class PortalInstance : IAsyncDisposable
{
    private readonly IReadOnlyDictionary<string, string> _environment;
    private ChildProcess _process;

    private PortalInstance(int port, IReadOnlyDictionary<string, string> environment, ChildProcess process)
    {
        Port = port;
        _environment = environment;
        _process = process;
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}";

    public string Output => _process.Output;

    public bool HasExited => _process.HasExited;

    /// <summary>Starts an instance and waits until <c>/health/ready</c> answers, asked by the portal's own <c>healthcheck</c> verb.</summary>
    public static async Task<PortalInstance> StartAsync(int port, IReadOnlyDictionary<string, string> environment)
    {
        var instance = new PortalInstance(port, environment, await LaunchAsync(port, environment));
        await instance.WaitUntilReadyAsync();
        return instance;
    }

    /// <summary>Starts an instance that is expected to refuse to start; returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunUntilExitAsync(int port, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        await using var process = await LaunchAsync(port, environment);
        Assert.True(await process.WaitForExitAsync(timeout), $"the portal kept running:\n{process.Output}");
        return (process.ExitCode, process.Output);
    }

    /// <summary>Stops the process gracefully and starts it again on the same port with the same settings.</summary>
    public async Task RestartAsync()
    {
        await _process.StopAsync(TimeSpan.FromSeconds(30));
        await _process.DisposeAsync();
        _process = await LaunchAsync(Port, _environment);
        await WaitUntilReadyAsync();
    }

    public async ValueTask DisposeAsync() => await _process.DisposeAsync();

    private static async Task<ChildProcess> LaunchAsync(int port, IReadOnlyDictionary<string, string> environment)
    {
        var folder = await Published.FolderAsync();
        var settings = new Dictionary<string, string>(environment) { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}" };
        return ChildProcess.Start("dotnet", [Published.Dll], folder, settings);
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                Assert.Fail($"the portal on {Port} exited ({_process.ExitCode}):\n{_process.Output}");
            }

            var (exit, _) = await Published.RunVerbAsync(["healthcheck", $"{Url}/health/ready"], new Dictionary<string, string>());
            if (exit == 0)
            {
                return;
            }

            await Task.Delay(500);
        }

        Assert.Fail($"the portal on {Port} was not ready within 2 minutes:\n{_process.Output}");
    }
}
