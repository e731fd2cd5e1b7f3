namespace CommunityStation.Domain.Tests.Common;

public sealed class UnifiedSocialCreditCodeTests
{
    // Checked with an independent implementation of GB 32100 (weights 1,3,9,27,… ; check = (31 - sum % 31) % 31).
    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("91320282MA1ABCDE1D")]
    [InlineData("12320200466000000E")]
    [InlineData("52320282MA1Y2K3L4M")]
    public void Known_valid_codes_are_accepted(string input)
    {
        Assert.Equal(input, Parsed.Accepted<UnifiedSocialCreditCode>(UnifiedSocialCreditCode.TryParse, input).Value);
        Assert.True(UnifiedSocialCreditCode.IsValid(input));
    }

    [Fact]
    public void The_check_character_helper_reproduces_a_commonly_cited_code()
    {
        Assert.Equal('3', UnifiedSocialCreditCode.ComputeCheckCharacter("91350100M000100Y4"));
    }

    [Fact]
    public void A_code_built_with_the_helper_is_valid()
    {
        const string first17 = "91320282MA1ABCDE1";
        var input = first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);

        Assert.Equal("91320282MA1ABCDE1D", input);
        Assert.True(UnifiedSocialCreditCode.IsValid(input));
    }

    [Fact]
    public void A_check_character_of_zero_comes_from_a_sum_divisible_by_31()
    {
        // Digits all zero: sum is 0, so (31 - 0) % 31 = 0 rather than an out-of-range 31.
        Assert.Equal('0', UnifiedSocialCreditCode.ComputeCheckCharacter("00000000000000000"));
        Assert.True(UnifiedSocialCreditCode.IsValid("000000000000000000"));
    }

    [Theory]
    [InlineData("91350100M000100Y44")]
    [InlineData("91350100M000100Y4A")]
    [InlineData("91320282MA1ABCDE1E")]
    public void A_wrong_check_character_is_refused_as_checksum(string input)
    {
        Parsed.Refused<UnifiedSocialCreditCode>(UnifiedSocialCreditCode.TryParse, input, "checksum");
    }

    [Theory]
    [InlineData("91350100MI00100Y43")]
    [InlineData("91350100MO00100Y43")]
    [InlineData("91350100MZ00100Y43")]
    [InlineData("91350100MS00100Y43")]
    [InlineData("91350100MV00100Y43")]
    public void Letters_outside_the_charset_are_refused_as_format(string input)
    {
        Parsed.Refused<UnifiedSocialCreditCode>(UnifiedSocialCreditCode.TryParse, input, "format");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("91350100M000100Y4")]
    [InlineData("91350100M000100Y433")]
    [InlineData("91350100M000100Y4-")]
    public void Wrong_length_or_punctuation_is_refused_as_format(string? input)
    {
        Parsed.Refused<UnifiedSocialCreditCode>(UnifiedSocialCreditCode.TryParse, input, "format");
    }

    [Fact]
    public void Lower_case_letters_are_upper_cased_before_the_checksum() =>
        Assert.Equal("91350100M000100Y43", Parsed.Accepted<UnifiedSocialCreditCode>(UnifiedSocialCreditCode.TryParse, "91350100m000100y43").Value);

    [Fact]
    public void Full_width_characters_are_folded_before_the_checksum() =>
        Assert.Equal("91350100M000100Y43", Parsed.Accepted<UnifiedSocialCreditCode>(UnifiedSocialCreditCode.TryParse, "９１３５０１００Ｍ０００１００ｙ４３").Value);

    [Fact]
    public void The_helper_refuses_characters_outside_the_charset()
    {
        Assert.Throws<ArgumentException>(() => UnifiedSocialCreditCode.ComputeCheckCharacter("91350100MI00100Y4"));
    }
}
