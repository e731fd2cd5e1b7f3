namespace CommunityStation.Domain.Tests.Duties;

public sealed class ServiceItemTests
{
    [Fact]
    public void There_are_exactly_ten_fixed_duty_areas()
    {
        Assert.Equal(["D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8", "D9", "D10"], DutyArea.Codes);
    }

    [Fact]
    public void An_item_under_an_unknown_area_is_refused()
    {
        Assert.Throws<DomainException>(() => new ServiceItem(Guid.NewGuid(), "D11", "外星事务", "Alien affairs", 5));
    }

    [Fact]
    public void P2_an_item_must_promise_completion_within_1_to_365_days()
    {
        var error = Assert.Throws<DomainException>(() => new ServiceItem(Guid.NewGuid(), "D5", "低保申请", "Dibao", 0));
        Assert.Equal("P2", error.Rule);
    }
}
