using CommunityStation.Domain.Common;
using CommunityStation.Domain.Registration;

namespace CommunityStation.Domain.Staffing;

/// <summary>
/// H6: the town files a station's roster (head, deputy, staff) with the bureau, which acknowledges it
/// (备案) or returns it with reasons. A station whose current roster differs from its last acknowledged
/// filing is "filing out of date".
/// </summary>
public sealed class RosterFiling : ITenantOwned
{
    private RosterFiling()
    {
        Lines = [];
        FiledBy = string.Empty;
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public Guid StationId { get; private set; }

    public List<string> Lines { get; private set; }

    public FilingStatus Status { get; private set; }

    public string FiledBy { get; private set; }

    /// <summary>The user id of <see cref="FiledBy"/> (null on rows recorded before issue 10); the name is their display name.</summary>
    public Guid? FiledById { get; private set; }

    public DateTimeOffset FiledAt { get; private set; }

    public string? DecidedBy { get; private set; }

    /// <summary>The user id of <see cref="DecidedBy"/> (null on rows recorded before issue 10); the name is their display name.</summary>
    public Guid? DecidedById { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

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

        return new RosterFiling { TenantId = tenantId, Id = id, StationId = stationId, Lines = [.. lines], Status = FilingStatus.Filed, FiledBy = by.RecordedName, FiledById = by.UserId, FiledAt = at };
    }

    /// <summary>The posts filed as vacant (B4).</summary>
    public IReadOnlyList<string> VacantPosts => Lines.Where(StationRoster.IsVacancyLine).Select(l => l.Split('|')[0]).ToList();

    public void Acknowledge(Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        RequireFiled();
        Status = FilingStatus.Acknowledged;
        DecidedBy = by.RecordedName;
        DecidedById = by.UserId;
        DecidedAt = at;
    }

    public void Return(Actor by, string reasons, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        RequireFiled();
        var text = TextNormalizer.NullIfBlank(TextNormalizer.Text(reasons)) ?? throw new DomainException("H6", "请填写退回理由。", "Reasons");
        Status = FilingStatus.Returned;
        Reasons = text.Length <= 1000 ? text : text[..1000];
        DecidedBy = by.RecordedName;
        DecidedById = by.UserId;
        DecidedAt = at;
    }

    /// <summary>H6: out of date when the roster now differs from what was last acknowledged (or nothing was).</summary>
    public static bool IsOutOfDate(RosterFiling? lastAcknowledged, IReadOnlyList<string> currentLines) =>
        lastAcknowledged is null || !lastAcknowledged.Lines.SequenceEqual(currentLines);

    /// <summary>The change from the last acknowledged filing: lines added (+) and removed (−).</summary>
    public static (IReadOnlyList<string> Added, IReadOnlyList<string> Removed) Diff(RosterFiling? previous, IReadOnlyList<string> lines)
    {
        var before = previous?.Lines ?? [];
        return (lines.Except(before).ToList(), before.Except(lines).ToList());
    }

    private void RequireFiled()
    {
        if (Status != FilingStatus.Filed)
        {
            throw new DomainException("H6", "该备案已由 {0} 处理。", null, DecidedBy ?? "?");
        }
    }
}
