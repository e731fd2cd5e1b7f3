using CommunityStation.Domain.Registration;
using CommunityStation.Domain.Staffing;

namespace CommunityStation.Web.Infrastructure;

/// <summary>The resource key of every enum value a page shows, in one place ("角色.Admin" style keys; tools/i18n.py lists them).</summary>
public static class Labels
{
    public static string Area(string code) => "职责领域." + code;

    public static string CaseStatus(Domain.ServiceDesk.CaseStatus status) => "案件状态." + status;

    public static string CaseChannel(Domain.ServiceDesk.CaseChannel channel) => "渠道." + channel;

    public static string ApplicationStatus(ApplicationStatus status) => "申请状态." + status;

    public static string ApplicationKind(ApplicationKind kind) => "申请类型." + kind;

    public static string Education(Education e) => "学历等级." + e;

    public static string Computer(ComputerSkill c) => "计算机." + c;

    public static string Side(WorkforceSide s) => "队伍." + s;

    public static string Post(PostKind k) => "岗位." + k;

    public static string Filing(FilingStatus s) => "备案状态." + s;

    public static string Channel(HiringChannel c) => "聘用渠道." + c;

    public static string TenantKind(Domain.Tenancy.TenantKind k) => "辖区类型." + k;

    public static string CommunityChange(Domain.Communities.CommunityChangeKind k) => "沿革." + k;

    /// <summary>A weekday's name, itself the resource key ("周一").</summary>
    public static string Weekday(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "周一",
        DayOfWeek.Tuesday => "周二",
        DayOfWeek.Wednesday => "周三",
        DayOfWeek.Thursday => "周四",
        DayOfWeek.Friday => "周五",
        DayOfWeek.Saturday => "周六",
        _ => "周日",
    };
}
