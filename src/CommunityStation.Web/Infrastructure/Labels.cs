using CommunityStation.Domain.Registration;
using CommunityStation.Domain.Staffing;

namespace CommunityStation.Web.Infrastructure;

/// <summary>The resource key of every enum value a page shows, in one place ("角色.Admin" style keys; tools/i18n.py lists them).</summary>
public static class Labels
{
    /// <summary>Whether the reader chose English (names kept in both languages show their English then).</summary>
    public static bool English => CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.Ordinal);

    /// <summary>A duty area's name ("职责领域.D5" → 社会保障和社会事务): people see names, never the bare code.</summary>
    public static string Area(string code) => "职责领域." + code;

    /// <summary>Duty areas by name, in the reader's language and list separator ("D1,D5" or a list of codes).</summary>
    public static string Areas(IStringLocalizer localizer, IEnumerable<string> codes)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(codes);
        return string.Join(English ? ", " : "、", codes.SelectMany(c => c.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Select(c => localizer[Area(c)].Value));
    }

    /// <summary>
    /// A filed roster line ("站长|王建华|兼职|D9,D10", H6) as people read it: "站长：王建华（兼职）承办交办、协助配合", duties by name.
    /// </summary>
    public static string RosterLine(IStringLocalizer localizer, string line)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(line);
        var p = line.Split('|');
        if (StationRoster.IsVacancyLine(line))
        {
            return $"{localizer[p[0]]}：{localizer["空缺（留待招聘）"]}";
        }

        return p.Length < 4 ? line : $"{localizer[p[0]]}：{p[1]}（{localizer[p[2]]}）{Areas(localizer, [p[3]])}";
    }

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
