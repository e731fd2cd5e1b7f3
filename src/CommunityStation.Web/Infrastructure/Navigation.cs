using System.Security.Claims;
using CommunityStation.Infrastructure.Identity;

namespace CommunityStation.Web.Infrastructure;

/// <summary>The navigation shows only what the signed-in user's roles may use.</summary>
public static class Navigation
{
    public sealed record Item(string Key, string Href, string Text, IReadOnlyList<string> Roles);

    // Text values are resource keys (Simplified Chinese).
    private static readonly IReadOnlyList<Item> Items =
    [
        new("desk", "/Desk", "服务台", [AppRoles.DeskStaff, AppRoles.StationHead, AppRoles.TownOfficial]),
        new("intake", "/Desk/Intake", "受理登记", [AppRoles.DeskStaff, AppRoles.StationHead]),
        new("cases", "/Desk/Cases", "案件", [AppRoles.DeskStaff, AppRoles.StationHead, AppRoles.TownOfficial]),
        new("ledger", "/Desk/Ledger", "服务台账", [AppRoles.DeskStaff, AppRoles.StationHead, AppRoles.TownOfficial]),
        new("desks", "/Desk/Desks", "服务台设置", [AppRoles.StationHead]),
        new("station-page", "/Desk/Station", "工作站公示", [AppRoles.StationHead]),
        new("people", "/Staff/People", "人员名册", [AppRoles.TownOfficial, AppRoles.StationHead]),
        new("rosters", "/Staff/Stations", "岗位与名单", [AppRoles.TownOfficial, AppRoles.StationHead]),
        new("ratio", "/Staff/Ratio", "配备比例", [AppRoles.TownOfficial, AppRoles.Bureau]),
        new("campaigns", "/Staff/Campaigns", "公开招聘", [AppRoles.TownOfficial]),
        new("filings", "/Staff/Filings", "名单备案", [AppRoles.TownOfficial, AppRoles.Bureau]),
        new("applications", "/Registration/Applications", "登记申请", [AppRoles.RcOfficer, AppRoles.TownOfficial, AppRoles.Bureau]),
        new("stations", "/Registration/Stations", "工作站台账", [AppRoles.TownOfficial, AppRoles.Bureau, AppRoles.Admin]),
        new("communities", "/Communities", "社区", [AppRoles.TownOfficial, AppRoles.Bureau, AppRoles.Admin]),
        new("service-items", "/Settings/ServiceItems", "职责与服务事项", [AppRoles.Bureau]),
        new("policy", "/Settings/Policy", "政策参数", [AppRoles.Bureau]),
        new("users", "/Admin/Users", "用户管理", [AppRoles.Admin]),
        new("audit", "/Audit", "审计日志", [AppRoles.Admin, AppRoles.Bureau]),
    ];

    public static IEnumerable<Item> For(ClaimsPrincipal user) =>
        Items.Where(i => i.Roles.Any(user.IsInRole));
}
