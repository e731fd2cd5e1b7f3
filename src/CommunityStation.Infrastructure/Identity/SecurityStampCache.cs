using Microsoft.Extensions.Caching.Memory;

namespace CommunityStation.Infrastructure.Identity;

/// <summary>
/// Each user's current security stamp (and disabled flag) in memory, so checking a session's stamp on
/// every request needs no database round-trip. <see cref="AppUserManager"/> forgets a user whenever it
/// updates them, and every instance forgets a user when PostgreSQL says the row changed (the
/// <c>users</c> trigger's <c>NOTIFY</c>, heard by <c>SecurityStampListener</c>); the lifetime only bounds how
/// long a change can go unseen while that channel is down.
/// </summary>
public sealed class SecurityStampCache
{
    /// <summary>The channel the <c>users</c> trigger notifies with the changed user's id.</summary>
    public const string ChangeChannel = "cs_user_changed";

    private readonly IMemoryCache _cache;

    // Part of every key: forgetting everyone (after the change channel was lost) is one increment.
    private long _generation;

    public SecurityStampCache(IMemoryCache cache, TimeSpan lifetime)
    {
        _cache = cache;
        Lifetime = lifetime;
    }

    public TimeSpan Lifetime { get; }

    public bool TryGet(Guid userId, out Entry? entry) => _cache.TryGetValue(Key(userId), out entry);

    public void Set(Guid userId, Entry entry)
    {
        if (Lifetime > TimeSpan.Zero)
        {
            _cache.Set(Key(userId), entry, Lifetime);
        }
    }

    public void Invalidate(Guid userId) => _cache.Remove(Key(userId));

    /// <summary>Forgets every user: changes may have been missed (the change channel was reconnected).</summary>
    public void InvalidateAll() => Interlocked.Increment(ref _generation);

    private (string, Guid, long) Key(Guid userId) => ("security-stamp", userId, Interlocked.Read(ref _generation));

    /// <summary>What the database said; <c>Stamp</c> null when the user no longer exists.</summary>
    public sealed record Entry(string? Stamp, bool IsDisabled);
}
