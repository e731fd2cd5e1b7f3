using CommunityStation.Domain.Common;
using CommunityStation.Domain.Registration;

namespace CommunityStation.Domain.Staffing;

/// <summary>
/// H6: the town files a station's roster (head, deputy, staff) with the bureau, which acknowledges it
/// (备案) or returns it with reasons. A station whose current roster differs from its last acknowledged
/// filing is "filing out of date".
/// </summary>
public sealed class RosterFiling : TenantEntity
{
    private RosterFiling(Guid tenantId, Guid id)
        : base(tenantId, id)
    {
        Lines = [];
        Filed = null!;
    }

    public Guid StationId { get; private set; }

    public List<string> Lines { get; private set; }

    public FilingStatus Status { get; private set; }

    public ActorStamp Filed { get; private set; }

    /// <summary>Who at the bureau acknowledged or returned the filing, and when; null while it waits.</summary>
    public ActorStamp? Decided { get; private set; }

    public string? Reasons { get; private set; }

    public uint Version { get; private set; }

    /// <summary>
    /// H6: files the roster as it stands. A vacant post (B4: posts kept for later recruitment) is a line of
    /// the filing, not a reason to refuse it; only a filing already waiting for the bureau is.
    /// </summary>
    public static RosterFiling File(Guid tenantId, Guid id, Guid stationId, IReadOnlyList<string> lines, bool filingInProgress, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(by);
        if (filingInProgress)
        {
            throw new DomainException("H6", "该工作站已有一份待民政局处理的备案。");
        }

        return new RosterFiling(tenantId, id) { StationId = stationId, Lines = [.. lines], Status = FilingStatus.Filed, Filed = ActorStamp.Of(by, at) };
    }

    /// <summary>The posts filed as vacant (B4).</summary>
    public IReadOnlyList<string> VacantPosts => Lines.Where(StationRoster.IsVacancyLine).Select(l => l.Split('|')[0]).ToList();

    public void Acknowledge(Actor by, DateTimeOffset at) => Decide(FilingStatus.Acknowledged, by, at);

    public void Return(Actor by, string reasons, DateTimeOffset at)
    {
        RequireFiled();
        var text = TextNormalizer.NullIfBlank(TextNormalizer.Text(reasons)) ?? throw new DomainException("H6", "请填写退回理由。", "Reasons");
        Decide(FilingStatus.Returned, by, at);
        Reasons = text.Length <= 1000 ? text : text[..1000];
    }

    /// <summary>H6: out of date when the roster now differs from what was last acknowledged (or nothing was).</summary>
    public static bool IsOutOfDate(RosterFiling? lastAcknowledged, IReadOnlyList<string> currentLines) =>
        lastAcknowledged is null || !lastAcknowledged.Lines.SequenceEqual(currentLines);

    /// <summary>
    /// H6: the day a roster has been out of date since. Never acknowledged: since the station was registered.
    /// Otherwise since the first change to its posts after the acknowledgement (<paramref name="postChanges"/>:
    /// the days posts began or ended), or the acknowledgement's own day when no later change is dated.
    /// </summary>
    public static DateOnly OutOfDateSince(DateOnly? acknowledgedOn, DateOnly registeredOn, IEnumerable<DateOnly> postChanges)
    {
        ArgumentNullException.ThrowIfNull(postChanges);
        if (acknowledgedOn is not { } acknowledged)
        {
            return registeredOn;
        }

        var later = postChanges.Where(d => d > acknowledged).ToList();
        return later.Count > 0 ? later.Min() : acknowledged;
    }
    /// H6: a filing waiting for the bureau is pending; with none acknowledged the roster is not filed (never
    /// "out of date": there is nothing it could be out of date with); else current or out of date.
    public static RosterFilingState StateOf(RosterFiling? lastAcknowledged, bool pending, IReadOnlyList<string> currentLines) =>
        pending ? RosterFilingState.Pending
        : lastAcknowledged is null ? RosterFilingState.NotFiled
        : IsOutOfDate(lastAcknowledged, currentLines) ? RosterFilingState.OutOfDate
        : RosterFilingState.Current;

    /// <summary>The change from the last acknowledged filing: lines added (+) and removed (−).</summary>
    public static (IReadOnlyList<string> Added, IReadOnlyList<string> Removed) Diff(RosterFiling? previous, IReadOnlyList<string> lines)
    {
        var before = previous?.Lines ?? [];
        return (lines.Except(before).ToList(), before.Except(lines).ToList());
    }

    private void Decide(FilingStatus status, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        RequireFiled();
        Status = status;
        Decided = ActorStamp.Of(by, at);
    }

    private void RequireFiled()
    {
        if (Status != FilingStatus.Filed)
        {
            throw new DomainException("H6", "该备案已由 {0} 处理。", null, Decided?.By ?? "?");
        }
    }
}
