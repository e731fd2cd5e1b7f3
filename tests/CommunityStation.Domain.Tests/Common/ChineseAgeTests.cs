namespace CommunityStation.Domain.Tests.Common;

public sealed class ChineseAgeTests
{
    [Theory]
    [InlineData("1990-03-15", "2026-03-14", 35)]
    [InlineData("1990-03-15", "2026-03-15", 36)]
    [InlineData("1988-02-29", "2023-02-28", 34)] // common year: no 29 February, the birthday is reached on 1 March
    [InlineData("1988-02-29", "2023-03-01", 35)]
    [InlineData("1988-02-29", "2024-02-28", 35)]
    [InlineData("1988-02-29", "2024-02-29", 36)] // leap year: the birthday itself
    [InlineData("1988-02-28", "2023-02-28", 35)]
    [InlineData("1987-12-31", "2023-01-01", 35)]
    public void Age_in_zhousui_is_reached_on_the_birthdays_month_and_day(string birth, string on, int age) =>
        Assert.Equal(age, ChineseAge.On(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)));
}
