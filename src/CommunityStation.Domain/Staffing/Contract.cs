using CommunityStation.Domain.Common;
using CommunityStation.Domain.Communities;

namespace CommunityStation.Domain.Staffing;

/// <summary>
/// An employment contract (聘用合同) with a station. H2: a channel-A contract never runs past the end
/// of the RC term current on its start (hard); it may be renewed if the person still qualifies. A
/// channel-B contract comes from a campaign's hire or renews the same person's channel-B contract (H4).
/// </summary>
public sealed class Contract : TenantEntity
{
    public const int MaxReasonLength = 500;

    private Contract(Guid tenantId, Guid id)
        : base(tenantId, id)
    {
    }

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

    /// <summary>
    /// The warnings an official must acknowledge, with a reason, before signing <paramref name="terms"/>
    /// (H1 for channel A; H3 and the H4 renewal age for channel B). Refuses terms no contract may have:
    /// a channel-B contract that is not a renewal (those come only from a campaign's hire), or a renewal
    /// of a contract that is not this person's, not in this tenant or in the other channel.
    /// </summary>
    public static IReadOnlyList<RuleWarning> WarningsFor(ContractTerms terms, HiringThresholds thresholds, IEnumerable<WorkforceAssignment> sides)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(sides);
        CheckOrigin(terms);
        return terms.Channel == HiringChannel.A
            ? Eligibility.ChannelA(terms.Person, terms.Start, thresholds, sides, terms.Community.Id)
            : Eligibility.ChannelB(terms.Person, terms.Start, thresholds, renewal: true);
    }

    /// <summary>
    /// Signs a contract at a station (a new channel-A contract, or a renewal in either channel): the
    /// warnings of <see cref="WarningsFor"/> need <paramref name="overrideReason"/>; H2 ends a channel-A
    /// contract no later than the RC term current on its start date, and refuses one when no recorded term
    /// covers that date (the user is to record the new term first).
    /// </summary>
    public static Contract Sign(Guid id, ContractTerms terms, HiringThresholds thresholds, IEnumerable<WorkforceAssignment> sides, string? overrideReason)
    {
        var warnings = WarningsFor(terms, thresholds, sides);
        DateOnly? cap = null;
        if (terms.Channel == HiringChannel.A)
        {
            if (!terms.Community.IsRcTermCurrentOn(terms.Start))
            {
                throw new DomainException("H2", NoCurrentRcTerm, "Start", Day(terms.Start), terms.Community.Name, Day(terms.Community.RcTermStart), Day(terms.Community.RcTermEnd));
            }

            cap = terms.Community.RcTermEnd;
        }

        return Create(terms.Person.TenantId, id, terms.Person.Id, terms.StationId, terms.Channel, terms.Start, terms.End, cap,
            warnings.Select(w => w.ToString()).ToList(), warnings.Count == 0 ? null : warnings[0].Rule, overrideReason, terms.Renewing?.Id);
    }

    /// <summary>H2's refusal when no recorded RC term covers a channel-A contract's start; pages offer the way to record it.</summary>
    public const string NoCurrentRcTerm = "合同开始日 {0} 不在{1}已登记的居委会任期（{2} 至 {3}）内，无法确定内部聘用合同的期限上限。请先在社区资料中登记合同开始时的本届居委会任期。";

    /// <summary>
    /// Signs without checking where the contract comes from: only for a campaign's hire
    /// (<see cref="RecruitmentCampaign.Hire"/>, the one way a new channel-B contract is made) and the demo
    /// seed's contracts that predate the portal. Pages use the public overload.
    /// </summary>
    internal static Contract Sign(
        Guid tenantId, Guid id, Guid personId, Guid stationId, HiringChannel channel, DateOnly start, DateOnly end,
        DateOnly? rcTermEnd, IReadOnlyList<string> warnings, string? overrideReason, Guid? renewalOf = null)
    {
        if (channel == HiringChannel.A && rcTermEnd is null)
        {
            throw new DomainException("H2", "找不到本届居委会任期，无法确定合同期限上限。", "End");
        }

        return Create(tenantId, id, personId, stationId, channel, start, end, rcTermEnd, warnings, channel == HiringChannel.A ? "H1" : "H3", overrideReason, renewalOf);
    }

    private static void CheckOrigin(ContractTerms terms)
    {
        var rule = terms.Channel == HiringChannel.A ? "H2" : "H4";
        if (terms.Community.TenantId != terms.Person.TenantId)
        {
            throw new DomainException(rule, "工作站所在社区与人员不属于同一镇（街道）。", "StationId");
        }

        if (terms.Renewing is { } previous)
        {
            if (previous.TenantId != terms.Person.TenantId || previous.PersonId != terms.Person.Id)
            {
                throw new DomainException(rule, "续聘的原合同不是此人的合同。", "Renew");
            }

            if (previous.Channel != terms.Channel)
            {
                throw new DomainException(rule, "续聘须沿用原合同的聘用渠道。", "Renew");
            }
        }
        else if (terms.Channel == HiringChannel.B)
        {
            throw new DomainException("H4", "公开招聘（渠道 B）的合同只能由招聘录用产生，或续聘本人现有的渠道 B 合同。", "Channel");
        }
    }

    private static Contract Create(
        Guid tenantId, Guid id, Guid personId, Guid stationId, HiringChannel channel, DateOnly start, DateOnly end,
        DateOnly? rcTermEnd, IReadOnlyList<string> warnings, string? reasonRule, string? overrideReason, Guid? renewalOf)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        if (end < start)
        {
            throw new DomainException("H4", "合同结束日期不能早于开始日期。", "End");
        }

        if (channel == HiringChannel.A && end > rcTermEnd)
        {
            throw new DomainException("H2", "内部聘用合同最长不得超过本届居委会任期（{0}）。", "End", Day(rcTermEnd!.Value));
        }

        var reason = TextNormalizer.NullIfBlank(TextNormalizer.Text(overrideReason));
        if (warnings.Count > 0 && reason is null)
        {
            throw new DomainException(reasonRule ?? string.Empty, "存在不符合一般条件的情况，请确认并填写聘用理由。", "OverrideReason");
        }

        if (reason is { Length: > MaxReasonLength })
        {
            throw new DomainException(reasonRule ?? string.Empty, "理由不超过 500 个字。", "OverrideReason");
        }

        return new Contract(tenantId, id)
        {
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

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

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

        // The same person, channel, end and recorded warnings: a copy under a new id, not a new renewal.
        var next = CopyAs<Contract>(newId);
        next.StationId = stationId;
        next.Start = on;
        next.RenewalOf = null;
        next.DeployedFrom = Id;
        End = on.AddDays(-1);
        return next;
    }
}

/// <summary>
/// What a contract at a station is to be: whose, where (the station and its community, whose RC term
/// bounds channel A), which channel, when, and the contract it renews (null: a new contract).
/// </summary>
public sealed record ContractTerms(Person Person, Guid StationId, Community Community, HiringChannel Channel, DateOnly Start, DateOnly End, Contract? Renewing = null);
