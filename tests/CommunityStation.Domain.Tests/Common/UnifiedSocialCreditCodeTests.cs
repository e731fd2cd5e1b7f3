namespace CommunityStation.Domain.Tests.Common;

public sealed class UnifiedSocialCreditCodeTests
{
    // Checked with an independent implementation of GB 32100 (weights 1,3,9,27,… ; check = (31 - sum % 31) % 31)
    // and of GB 11714 for the embedded organisation code (weights 3,7,9,10,5,8,4,2; check = 11 - sum % 11).
    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("91320282MA1ABCDE83")]
    [InlineData("12320200466000002L")]
    [InlineData("52320282MA1Y2K3L6U")]
    public void Known_valid_codes_are_accepted(string input) =>
        Assert.Equal(input, Parsed.Valid<UnifiedSocialCreditCode>(UnifiedSocialCreditCode.TryParse, UnifiedSocialCreditCode.IsValid, input).Value);

    [Fact]
    public void The_check_character_helper_reproduces_a_commonly_cited_code()
    {
        Assert.Equal('3', UnifiedSocialCreditCode.ComputeCheckCharacter("91350100M000100Y4"));
    }

    [Fact]
    public void A_code_built_with_the_helper_is_valid()
    {
        const string first17 = "91320282MA1ABCDE8";
        var input = first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);

        Assert.Equal("91320282MA1ABCDE83", input);
        Assert.True(UnifiedSocialCreditCode.IsValid(input));
    }

    [Fact]
    public void A_check_character_of_zero_comes_from_a_sum_divisible_by_31()
    {
        // Digits all zero: sum is 0, so (31 - 0) % 31 = 0 rather than an out-of-range 31.
        Assert.Equal('0', UnifiedSocialCreditCode.ComputeCheckCharacter("00000000000000000"));
    }

    [Theory]
    [InlineData("91350100M000100Y44")]
    [InlineData("91350100M000100Y4A")]
    [InlineData("91320282MA1ABCDE84")]
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

    // Each code's whole-code check character (18th) is right; only the organisation code's own (17th) is wrong.
    [Theory]
    [InlineData("91320282MA1ABCDE1D")]
    [InlineData("12320200466000000E")]
    [InlineData("52320282MJ5000001R")]
    public void USCC_embedded_organisation_code_check_digit_is_checked(string input)
    {
        Assert.Equal(input[17], UnifiedSocialCreditCode.ComputeCheckCharacter(input[..17]));

        Assert.False(UnifiedSocialCreditCode.TryParse(input, out var code, out var error));
        Assert.Null(code);
        Assert.Equal("organisation", error);
    }

    [Theory]
    [InlineData("M000100Y", '4')]
    [InlineData("MJ500000", '9')]
    [InlineData("MA1ABCDE", '8')]
    public void The_organisation_check_character_follows_GB_11714(string body, char expected) =>
        Assert.Equal(expected, UnifiedSocialCreditCode.ComputeOrganisationCheckCharacter(body));

    [Theory]
    [InlineData("01")] // no authority 0
    [InlineData("B1")]
    [InlineData("H1")]
    [InlineData("X1")]
    [InlineData("94")] // 工商 has categories 1–3 only
    [InlineData("54")] // 民政: 1, 2, 3, 9
    [InlineData("Y2")] // 其他: 1 only
    public void USCC_unknown_registration_authority_is_refused(string prefix)
    {
        var input = UnifiedSocialCreditCode.Compose(prefix + "320282", "MJ500000");

        Assert.False(UnifiedSocialCreditCode.TryParse(input, out _, out var error));
        Assert.Equal("authority", error);
    }

    [Theory]
    [InlineData("11")]
    [InlineData("21")]
    [InlineData("35")]
    [InlineData("41")]
    [InlineData("51")]
    [InlineData("52")]
    [InlineData("53")]
    [InlineData("59")]
    [InlineData("62")]
    [InlineData("72")]
    [InlineData("81")]
    [InlineData("92")]
    [InlineData("A1")]
    [InlineData("N2")]
    [InlineData("Y1")]
    public void Every_authority_and_category_in_the_code_table_is_accepted(string prefix) =>
        Assert.True(UnifiedSocialCreditCode.IsValid(UnifiedSocialCreditCode.Compose(prefix + "320282", "MJ500000")));

    [Fact]
    public void A_civil_affairs_code_gives_no_station_warning_and_another_authority_does()
    {
        Assert.True(UnifiedSocialCreditCode.TryParse("52320282MJ5000009J", out var civil, out _));
        Assert.Null(civil!.StationWarning());
        Assert.True(UnifiedSocialCreditCode.TryParse("91350100M000100Y43", out var business, out _));
        Assert.Equal("R3", business!.StationWarning()!.Rule);
    }
}
