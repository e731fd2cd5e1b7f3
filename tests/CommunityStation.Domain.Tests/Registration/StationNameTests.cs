namespace CommunityStation.Domain.Tests.Registration;

public sealed class StationNameTests
{
    [Theory]
    [InlineData("宜城街道", "东虹社区", "宜兴市宜城街道东虹社区事务工作站")]
    [InlineData("丁蜀镇", "蜀山社区", "宜兴市丁蜀镇蜀山社区事务工作站")]
    [InlineData("丁蜀镇", "蜀山", "宜兴市丁蜀镇蜀山社区事务工作站")]
    public void R5_the_name_is_city_tenant_community_and_the_fixed_suffix(string tenant, string community, string expected)
    {
        Assert.Equal(expected, StationName.Compose(tenant, community));
    }

    [Theory]
    [InlineData("宜城街道东虹社区事务工作站")]
    [InlineData("宜兴市东虹社区事务工作站")]
    [InlineData("宜兴市宜城街道东虹社区服务站")]
    public void R5_B2_any_other_name_is_not_uniform(string name)
    {
        Assert.False(StationName.IsUniform(name, "宜城街道", "东虹社区"));
        Assert.True(StationName.IsUniform("宜兴市宜城街道东虹社区事务工作站", "宜城街道", "东虹社区"));
    }

    [Fact]
    public void R5_an_application_carries_the_composed_name_and_no_other()
    {
        Assert.Equal("宜兴市宜城街道东虹社区事务工作站", ApplicationFixture.Draft().StationName);
    }
}
