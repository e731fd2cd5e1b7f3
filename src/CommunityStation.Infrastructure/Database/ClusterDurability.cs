namespace CommunityStation.Infrastructure.Database;

/// <summary>How a local cluster is started: durable for the portal, relaxed (fsync off) only for tests.</summary>
public enum ClusterDurability
{
    /// <summary>PostgreSQL's defaults: fsync, synchronous_commit and full_page_writes on.</summary>
    Durable,

    /// <summary>fsync, synchronous_commit and full_page_writes off: fast, but a power cut can lose or corrupt data.</summary>
    RelaxedForTests,
}
