namespace CommunityStation.Domain.Registration;

/// <summary>The role in which someone acts on a workflow; the web layer maps portal roles onto it.</summary>
public enum ActorRole
{
    None = 0,
    RcOfficer = 1,
    TownOfficial = 2,
    Bureau = 3,
}

/// <summary>Who is acting: the domain checks role, tenant and community against the rule.</summary>
public sealed record Actor(string UserName, ActorRole Role, Guid? TenantId, Guid? CommunityId);
