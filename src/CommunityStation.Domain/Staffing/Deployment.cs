using CommunityStation.Domain.Common;
using CommunityStation.Domain.Registration;

namespace CommunityStation.Domain.Staffing;

/// <summary>
/// H5: the town moves a staff member between its own stations ("统一调配"). The person moves whole: their
/// posts, their station-staff side (S1 counts them at the new community) and their contract (H2 and the
/// contract lists see the new station) move together in <see cref="Carry"/>; the history stays.
/// </summary>
public sealed class Deployment : TenantEntity
{
    public Deployment(Guid tenantId, Guid id, Guid personId, Guid fromStationId, Guid toStationId, DateOnly on, Actor decidedBy, string? note)
        : base(tenantId, id)
    {
        ArgumentNullException.ThrowIfNull(decidedBy);
        if (fromStationId == toStationId)
        {
            throw new DomainException("H5", "调入工作站不能与原工作站相同。", "ToStationId");
        }

        PersonId = personId;
        FromStationId = fromStationId;
        ToStationId = toStationId;
        On = on;
        DecidedBy = decidedBy.RecordedName;
        DecidedById = decidedBy.UserId;
        Note = TextNormalizer.NullIfBlank(TextNormalizer.Text(note));
    }

    private Deployment()
    {
    }

    public Guid PersonId { get; private set; }

    public Guid FromStationId { get; private set; }

    public Guid ToStationId { get; private set; }

    public DateOnly On { get; private set; }

    public string DecidedBy { get; private set; } = string.Empty;

    /// <summary>The user id of <see cref="DecidedBy"/> (null on rows recorded before issue 10); the name is their display name.</summary>
    public Guid? DecidedById { get; private set; }

    public string? Note { get; private set; }

    /// <summary>
    /// H5 as one operation: every post the person holds at <paramref name="from"/> ends and they take up a
    /// staff post at <paramref name="to"/> (full-time and duties as in <paramref name="post"/>); their
    /// station-staff side moves to the new community (or starts there if none was recorded); each contract
    /// with the old station still running or to come follows them. Other sides (an RC member stays on the
    /// RC that elected them) stay where they are.
    /// </summary>
    public static DeploymentResult Carry(
        Guid id, Person person, StationPost post, StationRoster from, StationRoster to,
        IEnumerable<WorkforceAssignment> sides, IEnumerable<Contract> contracts, DateOnly on, Actor decidedBy, string? note)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(sides);
        ArgumentNullException.ThrowIfNull(contracts);
        if (from.Community is not { } fromCommunity || to.Community is not { } toCommunity)
        {
            throw new InvalidOperationException("H5 needs both rosters loaded with their community.");
        }

        if (post.PersonId != person.Id || post.StationId != from.StationId || !post.IsCurrent)
        {
            throw new DomainException("H5", "找不到该岗位。");
        }

        var deployment = new Deployment(from.TenantId, id, person.Id, from.StationId, to.StationId, on, decidedBy, note);
        var (fullTime, duties) = (post.FullTime, post.Duties.ToList());
        from.EndPostsOf(person.Id, on);
        var newPost = to.Current.FirstOrDefault(p => p.PersonId == person.Id && p.Kind == PostKind.Staff) ?? to.AddStaff(person, fullTime, duties, on);

        var movedSides = sides
            .Where(s => s.PersonId == person.Id && s.Side == WorkforceSide.StationStaff && s.CommunityId == fromCommunity.CommunityId && (s.To is null || s.To >= on))
            .Select(s => s.MoveTo(toCommunity.CommunityId, on, Guid.CreateVersion7()))
            .ToList();
        if (movedSides.Count == 0)
        {
            movedSides.Add(new WorkforceAssignment(from.TenantId, Guid.CreateVersion7(), person.Id, toCommunity.CommunityId, WorkforceSide.StationStaff, on, null));
        }

        var movedContracts = contracts
            .Where(c => c.PersonId == person.Id && c.StationId == from.StationId && c.End >= on)
            .Select(c => c.DeployTo(to.StationId, on, Guid.CreateVersion7()))
            .ToList();
        return new DeploymentResult(deployment, newPost, movedSides, movedContracts);
    }
}

/// <summary>What a deployment made: the record, the post at the new station, the sides and contracts that now hold (new ones to add, or moved ones).</summary>
public sealed record DeploymentResult(Deployment Deployment, StationPost Post, IReadOnlyList<WorkforceAssignment> Sides, IReadOnlyList<Contract> Contracts);
