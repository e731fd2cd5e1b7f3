using CommunityStation.Domain.Common;
using CommunityStation.Domain.Registration;

namespace CommunityStation.Domain.Communities;

/// <summary>
/// What a line of a community's history records: <c>Renamed</c>, it took a new name (<see cref="CommunityChange.Before"/> →
/// <see cref="CommunityChange.After"/>); <c>MergedInto</c>, it was merged into <see cref="CommunityChange.OtherCommunityId"/>
/// and retired; <c>Absorbed</c>, <see cref="CommunityChange.OtherCommunityId"/> was merged into it.
/// </summary>
public enum CommunityChangeKind { Renamed = 1, MergedInto = 2, Absorbed = 3 }

/// <summary>
/// One line of a community's history (沿革): a rename or a merge, with the names as they were on the day.
/// Kept apart from the community so a retired or renamed community's past stays readable in plain words.
/// </summary>
public sealed class CommunityChange : TenantEntity
{
    private CommunityChange(Guid tenantId, Guid communityId, CommunityChangeKind kind, DateOnly on, string before, string after, Guid? otherCommunityId, ActorStamp recorded)
        : base(tenantId, Guid.CreateVersion7())
    {
        CommunityId = communityId;
        Kind = kind;
        On = on;
        Before = before;
        After = after;
        OtherCommunityId = otherCommunityId;
        Recorded = recorded;
    }

    private CommunityChange()
    {
    }

    public Guid CommunityId { get; private set; }

    public CommunityChangeKind Kind { get; private set; }

    /// <summary>The day it took effect (Beijing).</summary>
    public DateOnly On { get; private set; }

    /// <summary>The name before (a rename) or this community's name (a merge).</summary>
    public string Before { get; private set; } = string.Empty;

    /// <summary>The name after (a rename) or the other community's name (a merge).</summary>
    public string After { get; private set; } = string.Empty;

    public Guid? OtherCommunityId { get; private set; }

    public ActorStamp Recorded { get; private set; } = null!;

    internal static CommunityChange Renamed(Community community, string before, string after, DateOnly on, ActorStamp recorded) =>
        new(community.TenantId, community.Id, CommunityChangeKind.Renamed, on, before, after, null, recorded);

    internal static CommunityChange Merged(Community retired, Community into, DateOnly on, ActorStamp recorded) =>
        new(retired.TenantId, retired.Id, CommunityChangeKind.MergedInto, on, retired.Name, into.Name, into.Id, recorded);

    internal static CommunityChange Absorbed(Community into, Community retired, DateOnly on, ActorStamp recorded) =>
        new(into.TenantId, into.Id, CommunityChangeKind.Absorbed, on, into.Name, retired.Name, retired.Id, recorded);
}
