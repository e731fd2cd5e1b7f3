namespace CommunityStation.Domain.ServiceDesk;

/// <summary>P2: the named person a case belongs to ("诉求有专人管").</summary>
public sealed record CaseOwner(Guid UserId, string Name);
