using CommunityStation.Domain.Duties;

namespace CommunityStation.Infrastructure.Seeding;

/// <summary>
/// The ten duty areas of section 三 and the service items the source names under each (RULES.md, "D").
/// Reference data: seeded in every environment; the bureau extends the items later.
/// </summary>
public static class ReferenceData
{
    public static readonly IReadOnlyList<(string Code, string Zh, string En)> Areas =
    [
        ("D1", "社区安全", "Community safety"),
        ("D2", "社区法制", "Legal affairs"),
        ("D3", "社区卫生", "Community health"),
        ("D4", "社区人口和计生", "Population and family planning"),
        ("D5", "社会保障和社会事务", "Social security and social affairs"),
        ("D6", "社区文化", "Community culture"),
        ("D7", "环境卫生和环境保护", "Environment"),
        ("D8", "便民利民服务", "Convenience services"),
        ("D9", "协助配合", "Assisting"),
        ("D10", "承办交办", "Assigned tasks"),
    ];

    public static readonly IReadOnlyList<(string Area, string Zh, string En, int Days)> Items =
    [
        ("D1", "消防安全", "Fire safety", 5),
        ("D1", "安全生产", "Work safety", 5),
        ("D1", "协助社区民警维护治安", "Assist community police", 3),
        ("D1", "协助处理违法行为", "Help handle violations", 5),
        ("D1", "群防群治", "Group prevention", 5),
        ("D1", "维稳综治", "Stability work", 5),
        ("D2", "法制宣传教育咨询", "Legal publicity, education and consulting", 3),
        ("D2", "法律进社区", "Law into the community", 5),
        ("D2", "法律援助", "Legal aid", 10),
        ("D2", "人民调解", "People's mediation", 10),
        ("D2", "社区矫正", "Community correction", 10),
        ("D3", "健康教育", "Health education", 5),
        ("D3", "社区健康服务", "Community health services", 5),
        ("D3", "卫生防疫", "Epidemic prevention", 3),
        ("D3", "疾病普查普治", "Disease screening", 10),
        ("D3", "社区医疗救助", "Medical assistance", 10),
        ("D4", "出租屋管理", "Rental housing", 5),
        ("D4", "流动人口管理", "Floating population", 5),
        ("D4", "人口信息采集", "Population data collection", 3),
        ("D4", "计划生育服务", "Family-planning services", 5),
        ("D4", "目标管理责任制", "Target-responsibility work", 10),
        ("D5", "低保对象服务", "Minimum living allowance (低保)", 10),
        ("D5", "老年人服务", "Services for the elderly", 5),
        ("D5", "残疾人服务", "Services for the disabled", 5),
        ("D5", "离退休人员服务", "Services for retirees", 5),
        ("D5", "优抚对象服务", "Entitled groups (优抚对象)", 10),
        ("D5", "失业人员服务", "Services for the unemployed", 5),
        ("D6", "宣传活动", "Publicity", 5),
        ("D6", "社区宣传栏", "Bulletin boards", 5),
        ("D6", "科学普及", "Science popularisation", 5),
        ("D6", "国防教育", "National-defence education", 5),
        ("D6", "未成年人思想道德教育", "Minors' moral education", 5),
        ("D6", "文体队伍与读书活动", "Culture, sports and reading", 5),
        ("D7", "绿化与保洁", "Greening and cleaning", 5),
        ("D7", "犬类管理", "Dog management", 5),
        ("D7", "环保监督", "Environmental supervision", 5),
        ("D8", "养老机构协调", "Elderly-care institutions", 5),
        ("D8", "老年活动室", "Elderly activity rooms", 5),
        ("D8", "托幼服务", "Childcare", 5),
        ("D8", "社区卫生服务协调", "Community health service", 5),
        ("D8", "物业服务协调", "Property service", 5),
        ("D8", "志愿者服务", "Volunteers", 5),
        ("D8", "社会组织协调", "Social organisations", 5),
        ("D8", "服务信息网络", "Service information network", 5),
        ("D9", "协助党建工作", "Party building", 5),
        ("D9", "支持居委会自治", "Supporting RC self-governance", 5),
        ("D9", "公益性资产管理", "Public-welfare asset management", 10),
        ("D10", "镇（街道）交办事项", "Tasks assigned by the town or subdistrict", 10),
    ];

    public static IEnumerable<ServiceItem> ServiceItems() =>
        Items.Select(i => new ServiceItem(DeterministicGuid.For($"item:{i.Area}:{i.Zh}"), i.Area, i.Zh, i.En, i.Days));

    public static IEnumerable<DutyArea> DutyAreas() =>
        Areas.Select((a, index) => new DutyArea(a.Code, index + 1, a.Zh, a.En));
}
