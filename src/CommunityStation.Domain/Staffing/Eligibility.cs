using CommunityStation.Domain.Common;
using CommunityStation.Domain.Settings;

namespace CommunityStation.Domain.Staffing;

/// <summary>The thresholds in force on the relevant date (dated policy settings, H1/H3/H4).</summary>
public sealed record HiringThresholds(int ChannelATargetAge, int ChannelAAgeTolerance, int ChannelBMaxAge, int RenewalAgeRelaxation)
{
    public static HiringThresholds InForceOn(PolicySettingHistory settings, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new(
            (int)settings.ValueOn(PolicySettingKeys.ChannelATargetAge, on),
            (int)settings.ValueOn(PolicySettingKeys.ChannelAAgeTolerance, on),
            (int)settings.ValueOn(PolicySettingKeys.ChannelBMaxAge, on),
            (int)settings.ValueOn(PolicySettingKeys.RenewalAgeRelaxation, on));
    }
}

/// <summary>
/// H1 (channel A, soft: warnings that an official may override with a recorded reason) and H3/H4
/// (channel B: age on the closing date and computer level 2 hard, bachelor's degree soft).
/// </summary>
public static class Eligibility
{
    /// <summary>
    /// H1: mainly from the community's RC members and assistants (主要从…中聘用), about 45, generally 大专
    /// or above, can use a computer. All soft. <paramref name="sides"/>: the person's workforce sides
    /// (any others are ignored); <paramref name="communityId"/>: the community of the station hiring.
    /// </summary>
    public static IReadOnlyList<RuleWarning> ChannelA(Person person, DateOnly on, HiringThresholds t, IEnumerable<WorkforceAssignment> sides, Guid communityId)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(sides);
        var warnings = new List<RuleWarning>();
        if (!sides.Any(s => s.PersonId == person.Id && s.CommunityId == communityId && (s.Side is WorkforceSide.RcMember or WorkforceSide.Assistant) && s.IsCurrentOn(on)))
        {
            warnings.Add(new RuleWarning("H1", "不是本社区的居委会成员或协管员；内部聘用主要从社区居委会成员和社区各类协管员中聘用。"));
        }

        var age = person.AgeOn(on);
        if (Math.Abs(age - t.ChannelATargetAge) > t.ChannelAAgeTolerance)
        {
            warnings.Add(new RuleWarning("H1", "年龄 {0} 周岁，内部聘用原则上在 {1} 周岁左右。", age.ToString(System.Globalization.CultureInfo.InvariantCulture), t.ChannelATargetAge.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (person.Education < Education.JuniorCollege)
        {
            warnings.Add(new RuleWarning("H1", "文化程度一般应在大专以上。"));
        }

        if (person.Computer == ComputerSkill.None)
        {
            warnings.Add(new RuleWarning("H1", "应会使用计算机。"));
        }

        return warnings;
    }

    /// <summary>
    /// H3/H4: hard limits throw; the soft bachelor's requirement is returned as a warning. On a renewal
    /// (<paramref name="renewal"/>, the age taken on the new contract's start) the age limit is relaxed by the
    /// setting, and since "可适当放宽" is soft, an age above even the relaxed limit is a warning, not a refusal.
    /// The refusals go under <paramref name="ageField"/> and <paramref name="computerField"/> (the contract form
    /// names the person; a campaign's applicant form the ID number, which gives the age, and the computer level).
    /// </summary>
    public static IReadOnlyList<RuleWarning> ChannelB(
        IQualified candidate, DateOnly closingDate, HiringThresholds t, bool renewal, string ageField = "PersonId", string computerField = "PersonId")
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(t);
        var warnings = new List<RuleWarning>();
        var maxAge = t.ChannelBMaxAge + (renewal ? t.RenewalAgeRelaxation : 0);
        var age = ChineseAge.On(candidate.BirthDate, closingDate);
        if (age > maxAge && !renewal)
        {
            throw new DomainException("H3", "报名截止日年龄 {0} 周岁，超过 {1} 周岁的上限。", ageField,
                age.ToString(System.Globalization.CultureInfo.InvariantCulture), maxAge.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (age > maxAge)
        {
            warnings.Add(new RuleWarning("H4", "续聘时年龄 {0} 周岁，超过放宽后的 {1} 周岁；续聘人员年龄可适当放宽。",
                age.ToString(System.Globalization.CultureInfo.InvariantCulture), maxAge.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (candidate.Computer != ComputerSkill.Level2)
        {
            throw new DomainException("H3", "计算机应用须达到国家（省）二级水平。", computerField);
        }

        if (candidate.Education < Education.Bachelor)
        {
            warnings.Add(new RuleWarning("H3", "一般应具有本科学历。"));
        }

        return warnings;
    }
}
