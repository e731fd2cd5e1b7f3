using CommunityStation.Domain.Common;

namespace CommunityStation.Domain.Staffing;

/// <summary>
/// An employment contract (聘用合同) with a station. H2: a channel-A contract never runs past the end
/// of the current RC term (hard); it may be renewed if the person still qualifies.
/// </summary>
public sealed class Contract : ITenantOwned
{
    public const int MaxReasonLength = 500;

    private Contract()
    {
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public Guid PersonId { get; private set; }

    public Guid StationId { get; private set; }

    public HiringChannel Channel { get; private set; }

    public DateOnly Start { get; private set; }

    public DateOnly End { get; private set; }

    public Guid? RenewalOf { get; private set; }

    /// <summary>H5: the contract this one continues at another station after a deployment (the earlier one closed the day before).</summary>
    public Guid? DeployedFrom { get; private set; }

    /// <summary>Soft-rule warnings the official acknowledged, and why they went ahead (audited).</summary>
    public string? Warnings { get; private set; }

    public string? OverrideReason { get; private set; }

    public bool IsActiveOn(DateOnly date) => Start <= date && End >= date;

    public bool ExpiresWithin(DateOnly today, int days) => End >= today && End <= today.AddDays(days);

    /// <summary>Signs a contract after eligibility: warnings need an override reason; H2 bounds channel A.</summary>
    public static Contract Sign(
        Guid tenantId, Guid id, Guid personId, Guid stationId, HiringChannel channel, DateOnly start, DateOnly end,
        DateOnly? rcTermEnd, IReadOnlyList<string> warnings, string? overrideReason, Guid? renewalOf = null)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        if (end < start)
        {
            throw new DomainException("H4", "合同结束日期不能早于开始日期。", "End");
        }

        if (channel == HiringChannel.A)
        {
            if (rcTermEnd is null)
            {
                throw new DomainException("H2", "找不到本届居委会任期，无法确定合同期限上限。", "End");
            }

            if (end > rcTermEnd)
            {
                throw new DomainException("H2", "内部聘用合同最长不得超过本届居委会任期（{0}）（规则 H2）。", "End", rcTermEnd.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        var reason = TextNormalizer.NullIfBlank(TextNormalizer.Text(overrideReason));
        if (warnings.Count > 0 && reason is null)
        {
            throw new DomainException(channel == HiringChannel.A ? "H1" : "H3", "存在不符合一般条件的情况，请确认并填写聘用理由。", "OverrideReason");
        }

        if (reason is { Length: > MaxReasonLength })
        {
            throw new DomainException("H1", "理由不超过 500 个字。", "OverrideReason");
        }

        return new Contract
        {
            TenantId = tenantId,
            Id = id,
            PersonId = personId,
            StationId = stationId,
            Channel = channel,
            Start = start,
            End = end,
            RenewalOf = renewalOf,
            Warnings = warnings.Count == 0 ? null : string.Join(" ", warnings),
            OverrideReason = warnings.Count == 0 ? null : reason,
        };
    }

    /// <summary>
    /// H5: the contract follows the person to <paramref name="stationId"/> from <paramref name="on"/>. A
    /// running contract closes the day before and a continuation with the same channel, end and recorded
    /// warnings starts there (not a new hiring: H1–H4 are not asked again); one that has not started yet
    /// simply moves. Returns the contract that now holds the post.
    /// </summary>
    internal Contract DeployTo(Guid stationId, DateOnly on, Guid newId)
    {
        if (Start >= on)
        {
            StationId = stationId;
            return this;
        }

        var next = new Contract
        {
            TenantId = TenantId,
            Id = newId,
            PersonId = PersonId,
            StationId = stationId,
            Channel = Channel,
            Start = on,
            End = End,
            DeployedFrom = Id,
            Warnings = Warnings,
            OverrideReason = OverrideReason,
        };
        End = on.AddDays(-1);
        return next;
    }
}
