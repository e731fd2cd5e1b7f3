using System.Net.Sockets;
using CommunityStation.Infrastructure.Database;
using Microsoft.Extensions.Logging;

namespace CommunityStation.Web.Tests.Infrastructure;

/// <summary>
/// Issue 11 item 9: the local cluster says which cluster it uses and refuses one that is not its own.
/// It runs a throw-away cluster of its own (temporary folder, free port), never the shared one.
/// </summary>
public sealed class LocalClusterTests : IDisposable
{
    private readonly string _ours = Directory.CreateTempSubdirectory("cs-cluster-ours-").FullName;
    private readonly string _other = Directory.CreateTempSubdirectory("cs-cluster-other-").FullName;
    private readonly RecordingLogger _log = new();

    [Fact]
    public async Task A_cluster_on_the_port_that_is_not_our_own_is_refused_with_what_to_do()
    {
        var port = FreePort();
        Assert.NotEqual(LocalPostgresCluster.DefaultPort, port);

        // Our own cluster: created, started, and named in the log with its folder, port and pid.
        var admin = await LocalPostgresCluster.EnsureStartedAsync(_ours, port, _log, ClusterDurability.RelaxedForTests);
        Assert.Contains($"Port={port}", admin, StringComparison.Ordinal);
        var started = Assert.Single(_log.Lines, l => l.StartsWith("Using the local PostgreSQL cluster", StringComparison.Ordinal));
        Assert.Contains($"127.0.0.1:{port}", started, StringComparison.Ordinal);
        Assert.Matches(@"pid \d+", started);
        Assert.Contains(Path.Combine(_ours, "pgdata"), started, StringComparison.Ordinal);

        // Reused by its own checkout: fine, and said so.
        await LocalPostgresCluster.EnsureStartedAsync(_ours, port, _log, ClusterDurability.RelaxedForTests);
        Assert.Contains(_log.Lines, l => l.Contains("(already running)", StringComparison.Ordinal));

        // Another checkout finding it on the port: refused, saying whose it is and what to do.
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => LocalPostgresCluster.EnsureStartedAsync(_other, port, _log, ClusterDurability.RelaxedForTests));
        Assert.Contains("not this checkout's", refused.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_ours, "pgdata"), refused.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_other, "pgdata"), refused.Message, StringComparison.Ordinal);
        Assert.Contains("CS_LOCALDB_PORT", refused.Message, StringComparison.Ordinal);
        Assert.Contains("pg_ctl -D", refused.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        LocalPostgresCluster.Stop(_ours, _log);
        Directory.Delete(_ours, recursive: true);
        Directory.Delete(_other, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class RecordingLogger : ILogger
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                lock (Lines)
                {
                    Lines.Add(formatter(state, exception));
                }
            }
        }
    }
}
