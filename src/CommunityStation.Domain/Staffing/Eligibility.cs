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
    /// <summary>H1: about 45, generally 大专 or above, can use a computer. All soft.</summary>
    public static IReadOnlyList<RuleWarning> ChannelA(Person person, DateOnly on, HiringThresholds t)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(t);
        var warnings = new List<RuleWarning>();
        var age = person.AgeOn(on);
        if (Math.Abs(age - t.ChannelATargetAge) > t.ChannelAAgeTolerance)
        {
            warnings.Add(new RuleWarning("H1", "年龄 {0} 周岁，内部聘用原则上在 {1} 周岁左右（规则 H1）。", age.ToString(System.Globalization.CultureInfo.InvariantCulture), t.ChannelATargetAge.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (person.Education < Education.JuniorCollege)
        {
            warnings.Add(new RuleWarning("H1", "文化程度一般应在大专以上（规则 H1）。"));
        }

        if (person.Computer == ComputerSkill.None)
        {
            warnings.Add(new RuleWarning("H1", "应会使用计算机（规则 H1）。"));
        }

        return warnings;
    }

    /// <summary>H3/H4: hard limits throw; the soft bachelor's requirement is returned as a warning.</summary>
    public static IReadOnlyList<RuleWarning> ChannelB(Person person, DateOnly closingDate, HiringThresholds t, bool renewal)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(t);
        var maxAge = t.ChannelBMaxAge + (renewal ? t.RenewalAgeRelaxation : 0);
        var age = person.AgeOn(closingDate);
        if (age > maxAge)
        {
            throw new DomainException("H3", "报名截止日年龄 {0} 周岁，超过 {1} 周岁的上限（规则 H3）。", "PersonId",
                age.ToString(System.Globalization.CultureInfo.InvariantCulture), maxAge.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (person.Computer != ComputerSkill.Level2)
        {
            throw new DomainException("H3", "计算机应用须达到国家（省）二级水平（规则 H3）。", "PersonId");
        }

        return person.Education >= Education.Bachelor ? [] : [new RuleWarning("H3", "一般应具有本科学历（规则 H3）。")];
    }
}
