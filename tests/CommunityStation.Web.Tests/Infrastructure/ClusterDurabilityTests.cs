using CommunityStation.Web.Infrastructure;

namespace CommunityStation.Web.Tests.Infrastructure;

/// <summary>The local cluster that <c>dotnet run</c> starts holds real data: it keeps PostgreSQL's durable defaults.</summary>
public class ClusterDurabilityTests
{
    [Fact]
    public void The_portal_start_passes_no_setting_that_weakens_durability()
    {
        var options = LocalPostgresCluster.ServerOptions(LocalPostgresCluster.DefaultPort, DatabaseStartup.LocalClusterDurability);

        Assert.Equal(ClusterDurability.Durable, DatabaseStartup.LocalClusterDurability);
        Assert.DoesNotContain("fsync", options, StringComparison.Ordinal);
        Assert.DoesNotContain("synchronous_commit", options, StringComparison.Ordinal);
        Assert.DoesNotContain("full_page_writes", options, StringComparison.Ordinal);
        Assert.Contains("-p 55432", options, StringComparison.Ordinal);
        Assert.Contains("listen_addresses=127.0.0.1", options, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_a_test_cluster_runs_with_fsync_off()
    {
        var options = LocalPostgresCluster.ServerOptions(55432, ClusterDurability.RelaxedForTests);

        Assert.Contains("-c fsync=off", options, StringComparison.Ordinal);
        Assert.Contains("-c synchronous_commit=off", options, StringComparison.Ordinal);
    }
}
