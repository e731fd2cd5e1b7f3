namespace CommunityStation.Web.Tests.Infrastructure;

/// <summary>Names of the seeded demo rows the tests use.</summary>
public static class Demo
{
    public static readonly Guid Yicheng = DemoData.TenantId("yicheng");
    public static readonly Guid Dingshu = DemoData.TenantId("dingshu");
    public static readonly Guid Donghong = DemoData.CommunityId("yicheng", "东虹社区");
    public static readonly Guid Chengzhong = DemoData.CommunityId("yicheng", "城中社区");
    public static readonly Guid Nanhong = DemoData.CommunityId("yicheng", "南虹社区");
    public static readonly Guid Jiubin = DemoData.CommunityId("yicheng", "氿滨社区");
    public static readonly Guid JiubinApplication = DeterministicGuid.For("application:yicheng:氿滨社区");
    public static readonly Guid ChengzhongApplication = DeterministicGuid.For("application:yicheng:城中社区");
    public static readonly Guid Shushan = DemoData.CommunityId("dingshu", "蜀山社区");
}
