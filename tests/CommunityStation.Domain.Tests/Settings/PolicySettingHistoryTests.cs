namespace CommunityStation.Domain.Tests.Settings;

public sealed class PolicySettingHistoryTests
{
    private static readonly DateTimeOffset Recorded = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(PolicySettingKeys.HouseholdsPerWorker, "200")]
    [InlineData(PolicySettingKeys.RcRetentionShare, "0.30")]
    [InlineData(PolicySettingKeys.ChannelATargetAge, "45")]
    [InlineData(PolicySettingKeys.ChannelBMaxAge, "35")]
    public void With_no_history_the_2008_default_is_in_force(string key, string value) =>
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), new PolicySettingHistory([]).ValueOn(key, new DateOnly(2026, 1, 1)));

    [Fact]
    public void S1_the_value_in_force_on_a_date_is_the_latest_dated_on_or_before_it()
    {
        var history = new PolicySettingHistory(
        [
            Setting(PolicySettingKeys.HouseholdsPerWorker, 180m, new DateOnly(2025, 1, 1)),
            Setting(PolicySettingKeys.HouseholdsPerWorker, 150m, new DateOnly(2026, 7, 1)),
        ]);

        Assert.Equal(200m, history.ValueOn(PolicySettingKeys.HouseholdsPerWorker, new DateOnly(2024, 12, 31)));
        Assert.Equal(180m, history.ValueOn(PolicySettingKeys.HouseholdsPerWorker, new DateOnly(2025, 1, 1)));
        Assert.Equal(180m, history.ValueOn(PolicySettingKeys.HouseholdsPerWorker, new DateOnly(2026, 6, 30)));
        Assert.Equal(150m, history.ValueOn(PolicySettingKeys.HouseholdsPerWorker, new DateOnly(2026, 7, 1)));
    }

    [Fact]
    public void A_later_correction_for_the_same_date_wins()
    {
        var history = new PolicySettingHistory(
        [
            Setting(PolicySettingKeys.ChannelBMaxAge, 40m, new DateOnly(2026, 1, 1), Recorded),
            Setting(PolicySettingKeys.ChannelBMaxAge, 38m, new DateOnly(2026, 1, 1), Recorded.AddHours(1)),
        ]);
        Assert.Equal(38m, history.ValueOn(PolicySettingKeys.ChannelBMaxAge, new DateOnly(2026, 3, 1)));
    }

    [Fact]
    public void A_value_outside_the_settings_bounds_is_refused_naming_the_rule()
    {
        var error = Assert.Throws<DomainException>(() => Setting(PolicySettingKeys.HouseholdsPerWorker, 0m, new DateOnly(2026, 1, 1)));
        Assert.Equal("S1", error.Rule);
    }

    [Fact]
    public void An_unknown_setting_is_refused()
    {
        Assert.Throws<DomainException>(() => Setting("X.Unknown", 1m, new DateOnly(2026, 1, 1)));
    }

    private static PolicySetting Setting(string key, decimal value, DateOnly from, DateTimeOffset? recorded = null) =>
        new(Guid.NewGuid(), key, value, from, recorded ?? Recorded, TestActor.Named("bureau"), null);
}
