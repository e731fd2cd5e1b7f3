using System.Security.Cryptography;
using System.Text;

namespace CommunityStation.Domain.Tests;

/// <summary>Actors for tests: a stable user id per name, so a test can check both are recorded.</summary>
internal static class TestActor
{
    public static Actor Named(string displayName, ActorRole role = ActorRole.None, Guid? tenantId = null, Guid? communityId = null) =>
        new(IdOf(displayName), "user-" + displayName, displayName, role, tenantId, communityId);

    /// <summary>The user id <see cref="Named"/> gives <paramref name="displayName"/>.</summary>
    public static Guid IdOf(string displayName) => new(SHA256.HashData(Encoding.UTF8.GetBytes(displayName)).AsSpan(0, 16));
}
