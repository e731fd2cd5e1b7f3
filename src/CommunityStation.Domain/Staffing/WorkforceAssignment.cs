using CommunityStation.Domain.Common;

namespace CommunityStation.Domain.Staffing;

/// <summary>P1: a person on one side of a community's workforce, with dates (RC members with the RC term).</summary>
public sealed class WorkforceAssignment : TenantEntity
{
    public WorkforceAssignment(Guid tenantId, Guid id, Guid personId, Guid communityId, WorkforceSide side, DateOnly from, DateOnly? to)
        : base(tenantId, id)
    {
        if (!Enum.IsDefined(side))
        {
            throw new DomainException("P1", "请选择所在队伍。", "Side");
        }

        if (to is { } end && end < from)
        {
            throw new DomainException("P1", "结束日期不能早于开始日期。", "To");
        }

        PersonId = personId;
        CommunityId = communityId;
        Side = side;
        From = from;
        To = to;
    }

    private WorkforceAssignment()
    {
    }

    public Guid PersonId { get; private set; }

    public Guid CommunityId { get; private set; }

    public WorkforceSide Side { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly? To { get; private set; }

    public bool IsCurrentOn(DateOnly date) => From <= date && (To is null || To >= date);

    /// <summary>
    /// Whether this assignment already records the person on this side of this community on
    /// <paramref name="from"/> (still open then): importing the same row again must not add a second one.
    /// </summary>
    public bool Covers(Guid personId, Guid communityId, WorkforceSide side, DateOnly from) =>
        PersonId == personId && CommunityId == communityId && Side == side && (To is null || To >= from);

    /// <summary>Corrects the start date (a re-import with another start); returns whether it changed.</summary>
    public bool MoveStart(DateOnly from)
    {
        if (To is { } end && end < from)
        {
            throw new DomainException("P1", "结束日期不能早于开始日期。", "To");
        }

        if (From == from)
        {
            return false;
        }

        From = from;
        return true;
    }

    public void End(DateOnly on)
    {
        if (on < From)
        {
            throw new DomainException("P1", "结束日期不能早于开始日期。", "To");
        }

        To = on;
    }

    /// <summary>
    /// H5: the person goes to another community's side from <paramref name="on"/>. A running assignment
    /// ends the day before and a new one continues it there (history kept); one that has not started yet
    /// has no history here and simply moves. Returns the assignment that now holds the side.
    /// </summary>
    internal WorkforceAssignment MoveTo(Guid communityId, DateOnly on, Guid newId)
    {
        if (From >= on)
        {
            CommunityId = communityId;
            return this;
        }

        var next = new WorkforceAssignment(TenantId, newId, PersonId, communityId, Side, on, To);
        To = on.AddDays(-1);
        return next;
    }
}
