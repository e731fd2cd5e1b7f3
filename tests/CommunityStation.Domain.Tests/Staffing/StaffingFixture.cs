namespace CommunityStation.Domain.Tests.Staffing;

/// <summary>What the staffing tests share: one tenant and station, the default H1/H3 thresholds, and people with valid ID numbers.</summary>
public static class StaffingFixture
{
    public static readonly Guid Tenant = Guid.NewGuid();
    public static readonly Guid StationId = Guid.NewGuid();
    public static readonly HiringThresholds Defaults = new(45, 5, 35, 5);

    /// <summary>A person born on <paramref name="birth"/> with a valid GB 11643 number.</summary>
    public static Person PersonBorn(DateOnly birth, Education education = Education.Bachelor, ComputerSkill computer = ComputerSkill.Level2, bool socialWork = false, string name = "测试")
    {
        var first17 = $"320282{birth:yyyyMMdd}123";
        return new Person(Tenant, Guid.NewGuid(), name, first17 + ChineseIdNumber.ComputeCheckCharacter(first17), "13800000000", education, computer, socialWork, false);
    }
}
