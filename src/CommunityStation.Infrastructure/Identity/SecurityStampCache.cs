using Microsoft.Extensions.Caching.Memory;

namespace CommunityStation.Infrastructure.Identity;

/// <summary>
/// Each user's current security stamp (and disabled flag) in memory, so checking a session's stamp on
/// every request needs no database round-trip. <see cref="AppUserManager"/> forgets a user whenever it
/// updates them; the lifetime only bounds how long a change made outside this process (another
/// instance, SQL by hand) can go unseen.
/// </summary>
public sealed class SecurityStampCache
{
    private readonly IMemoryCache _cache;

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

    private static (string, Guid) Key(Guid userId) => ("security-stamp", userId);

    /// <summary>What the database said; <c>Stamp</c> null when the user no longer exists.</summary>
    public sealed record Entry(string? Stamp, bool IsDisabled);
}
