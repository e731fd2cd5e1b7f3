namespace CommunityStation.Domain.Tests.Common;

public sealed class MobilePhoneTests
{
    private const string Plain = "13812345678";

    [Theory]
    [InlineData("13812345678")]
    [InlineData("15900001111")]
    [InlineData("19912345678")]
    public void Eleven_digits_starting_13_to_19_are_accepted(string input) =>
        Assert.Equal(input, Parsed.Valid<MobilePhone>(MobilePhone.TryParse, MobilePhone.IsValid, input).Value);

    [Theory]
    [InlineData("+8613812345678")] // the country prefix is removed
    [InlineData("+86 138 1234 5678")]
    [InlineData("+86-138-1234-5678")]
    [InlineData("8613812345678")]
    [InlineData("86 138 1234 5678")]
    [InlineData("138 1234 5678")] // spaces and hyphens are removed
    [InlineData("138-1234-5678")]
    [InlineData(" 13812345678 ")]
    [InlineData("１３８１２３４５６７８")] // full-width digits are folded
    [InlineData("＋８６\u3000１３８－１２３４－５６７８")]
    public void The_country_prefix_separators_and_full_width_digits_are_removed(string input) =>
        Assert.Equal(Plain, Parsed.Accepted<MobilePhone>(MobilePhone.TryParse, input).Value);

    [Theory]
    [InlineData("010-12345678")]
    [InlineData("0512-68881234")]
    [InlineData("68881234")]
    public void A_landline_is_refused(string input) =>
        Parsed.Refused<MobilePhone>(MobilePhone.TryParse, input, "format");

    [Theory]
    [InlineData("138123456789")] // 12 digits
    [InlineData("1381234567")] // 10 digits
    [InlineData("12812345678")] // second digit 2
    [InlineData("10812345678")]
    [InlineData("23812345678")]
    [InlineData("1381234567a")]
    [InlineData("+8513812345678")]
    [InlineData(null)]
    [InlineData("")]
    public void Anything_else_is_refused(string? input) =>
        Parsed.Invalid<MobilePhone>(MobilePhone.TryParse, MobilePhone.IsValid, input, "format");

    [Fact]
    public void Masked_keeps_the_first_three_and_last_four_digits() =>
        Assert.Equal("138****5678", Parsed.Accepted<MobilePhone>(MobilePhone.TryParse, "+86 138 1234 5678").Masked);
}
