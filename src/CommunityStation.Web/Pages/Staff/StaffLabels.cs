using CommunityStation.Domain.Staffing;

namespace CommunityStation.Web.Pages.Staff;

/// <summary>Resource keys for the staff enums (Chinese keys; English in the resx).</summary>
public static class StaffLabels
{
    public static string Education(Education e) => "学历等级." + e;

    public static string Computer(ComputerSkill c) => "计算机." + c;

    public static string Side(WorkforceSide s) => "队伍." + s;

    public static string Post(PostKind k) => "岗位." + k;

    public static string Filing(FilingStatus s) => "备案状态." + s;

    public static string Channel(HiringChannel c) => "聘用渠道." + c;
}
