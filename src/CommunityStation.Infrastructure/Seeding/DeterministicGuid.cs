using System.Security.Cryptography;
using System.Text;

namespace CommunityStation.Infrastructure.Seeding;

/// <summary>Stable ids for seeded rows, so demo links, tests and documentation can name them.</summary>
public static class DeterministicGuid
{
    public static Guid For(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("communitystation:" + name));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x50); // version nibble, name-based style
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes);
    }
}
