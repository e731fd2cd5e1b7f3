using CommunityStation.Domain.Tenancy;

namespace CommunityStation.Infrastructure.Seeding;

/// <summary>
/// The demo city: Yixing's towns, subdistricts and zone committees as tenants, a few communities in
/// each, and one demo account per role. Development only; ids are deterministic so tests can name them.
/// </summary>
public static class DemoData
{
    public const string Password = "Demo!2008";

    public static readonly IReadOnlyList<DemoTenant> Tenants =
    [
        new("yicheng", "宜城街道", TenantKind.Subdistrict, [("东虹社区", 3120), ("城中社区", 2480), ("南虹社区", 1950), ("氿滨社区", 2760)]),
        new("qiting", "屺亭街道", TenantKind.Subdistrict, [("屺亭社区", 1830), ("东郊社区", 1240), ("新庄社区", 990)]),
        new("xinjie", "新街街道", TenantKind.Subdistrict, [("新街社区", 2110), ("百合社区", 1670), ("潼渚社区", 880)]),
        new("dingshu", "丁蜀镇", TenantKind.Town, [("蜀山社区", 2340), ("汤渡社区", 1420), ("丁山社区", 2050)]),
        new("heqiao", "和桥镇", TenantKind.Town, [("和桥社区", 1980), ("南新社区", 1210), ("北新社区", 1090)]),
        new("zhangzhu", "张渚镇", TenantKind.Town, [("张渚社区", 1760), ("桃溪社区", 930), ("善卷社区", 640)]),
        new("huankeyuan", "环科园", TenantKind.ZoneCommittee, [("绿园社区", 1380), ("高塍社区", 1120)]),
        new("kaifaqu", "经济开发区", TenantKind.ZoneCommittee, [("东氿社区", 1560), ("开发区社区", 1040)]),
    ];

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("demo-admin", "系统管理员", Identity.AppRoles.Admin, null, null),
        new("demo-bureau", "市民政局审核员", Identity.AppRoles.Bureau, null, null),
        new("demo-town", "宜城街道干部", Identity.AppRoles.TownOfficial, "yicheng", null),
        new("demo-town2", "丁蜀镇干部", Identity.AppRoles.TownOfficial, "dingshu", null),
        new("demo-rc", "东虹社区居委会", Identity.AppRoles.RcOfficer, "yicheng", "东虹社区"),
        new("demo-rc2", "蜀山社区居委会", Identity.AppRoles.RcOfficer, "dingshu", "蜀山社区"),
        new("demo-desk", "城中社区窗口", Identity.AppRoles.DeskStaff, "yicheng", "城中社区", Person: DemoStaffMember),
        new("demo-head", "城中社区站长", Identity.AppRoles.StationHead, "yicheng", "城中社区", Person: DemoHead),
    ];

    /// <summary>Communities whose station is already registered in the demo (the rest can apply).</summary>
    public static readonly IReadOnlyList<(string Tenant, string Community, string Number, string Head)> RegisteredStations =
    [
        ("yicheng", "城中社区", "宜民证字第2008001号", "周建国"),
        ("yicheng", "南虹社区", "宜民证字第2008002号", "吴秀英"),
        ("dingshu", "丁山社区", "宜民证字第2009011号", "蒋志明"),
        ("heqiao", "和桥社区", "宜民证字第2009021号", "徐美华"),
    ];

    /// <summary>An application waiting for the town, so the queue has something in it.</summary>
    public static readonly (string Tenant, string Community, string Head) PendingApplication = ("yicheng", "氿滨社区", "钱丽娟");

    /// <summary>The demo people (<see cref="DemoStaff"/>, by their place in a community's list) the desk accounts stand for: the secretary who heads the station, a full-time staff member.</summary>
    public const int DemoHead = 0;

    public const int DemoStaffMember = 2;

    public static Guid TenantId(string code) => DeterministicGuid.For($"tenant:{code}");

    public static Guid CommunityId(string tenantCode, string communityName) => DeterministicGuid.For($"community:{tenantCode}:{communityName}");

    /// <summary>The id of the <paramref name="index"/>th demo person of a community with a registered station.</summary>
    public static Guid PersonId(string tenantCode, string communityName, int index) => DeterministicGuid.For($"person:{tenantCode}:{communityName}:{index}");

    public sealed record DemoTenant(string Code, string Name, TenantKind Kind, IReadOnlyList<(string Name, int Households)> Communities)
    {
        public Guid Id => TenantId(Code);
    }

    /// <summary>A demo account; <see cref="Person"/> links it to a demo person of its community (the people behind the desk, issue 11 item 4).</summary>
    public sealed record DemoAccount(string UserName, string DisplayName, string Role, string? TenantCode, string? CommunityName, int? Person = null)
    {
        public Guid? PersonId => Person is { } index ? DemoData.PersonId(TenantCode!, CommunityName!, index) : null;
    }
}
