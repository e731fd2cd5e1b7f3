namespace CommunityStation.Domain.Registration;

/// <summary>The role in which someone acts on a workflow; the web layer maps portal roles onto it.</summary>
public enum ActorRole { None = 0, RcOfficer = 1, TownOfficial = 2, Bureau = 3 }

/// <summary>
/// Who is acting: the domain checks role, tenant and community against the rule, and every entity that
/// records who acted stores <see cref="UserId"/> (a stable key, names change) and <see cref="DisplayName"/>
/// (what a history shows) the same way (issue 10).
/// </summary>
public sealed record Actor(Guid UserId, string UserName, string DisplayName, ActorRole Role, Guid? TenantId, Guid? CommunityId)
{
    /// <summary>The display name shown for work the portal does itself (seeding, background jobs).</summary>
    public const string SystemName = "系统";

    /// <summary>
    /// The portal itself (demo seeding, background work): no user, so <see cref="Guid.Empty"/>; an explicit
    /// role, tenant and community only where a domain rule checks them.
    /// </summary>
    public static Actor System(ActorRole role = ActorRole.None, Guid? tenantId = null, Guid? communityId = null, string displayName = SystemName) =>
        new(Guid.Empty, "system", displayName, role, tenantId, communityId);

    /// <summary>The name a record keeps: the display name, or the user name when none is known.</summary>
    public string RecordedName => string.IsNullOrWhiteSpace(DisplayName) ? UserName : DisplayName;
}
