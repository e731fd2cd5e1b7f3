using System.Net.Sockets;

namespace CommunityStation.Deployment.Tests.Infrastructure;

/// <summary>The portal as a city installs it: <c>dotnet publish -c Release</c>, once per test run.</summary>
public static class Published
{
    public const string Dll = "CommunityStation.Web.dll";

    private static readonly Lazy<Task<string>> Folder = new(PublishAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    public static Task<string> FolderAsync() => Folder.Value;

    /// <summary>Runs a verb of the published portal (<c>migrate</c>, <c>healthcheck</c>) to the end.</summary>
    public static async Task<(int ExitCode, string Output)> RunVerbAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var folder = await FolderAsync();
        return await ChildProcess.RunAsync("dotnet", [Dll, .. arguments], folder, TimeSpan.FromMinutes(3), environment);
    }

    /// <summary>A port nobody listens on now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<string> PublishAsync()
    {
        var root = TestPostgres.RepositoryRoot();
        var output = Path.Combine(Path.GetTempPath(), $"cs-published-{Environment.ProcessId}");
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        // No build servers left behind (-nr:false, no shared compiler): the test run owns what it starts.
        var (exit, log) = await ChildProcess.RunAsync(
            "dotnet",
            ["publish", Path.Combine(root, "src", "CommunityStation.Web", "CommunityStation.Web.csproj"), "-c", "Release", "-o", output, "--nologo", "-nr:false", "-p:UseSharedCompilation=false"],
            root,
            TimeSpan.FromMinutes(20));
        Assert.True(exit == 0, $"dotnet publish -c Release failed ({exit}):\n{log}");
        Assert.True(File.Exists(Path.Combine(output, Dll)), $"{Dll} is not in the published folder {output}");
        return output;
    }
}
