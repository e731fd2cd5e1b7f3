namespace CommunityStation.Domain.Tests.Common;

public sealed class ChineseIdNumberTests
{
    private static readonly TryParse<ChineseIdNumber> Parse = (string? input, out ChineseIdNumber? id, out string? error) => ChineseIdNumber.TryParse(input, out id, out error);

    // Every valid example below was checked with an independent implementation of GB 11643 (weights 7,9,10,… mod 11 → "10X98765432").
    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("320202199001011238")]
    [InlineData("440308198802290018")]
    [InlineData("110101200002290026")]
    [InlineData("320115200001010050")]
    [InlineData("320202190001011237")]
    public void Known_valid_numbers_are_accepted(string input) =>
        Assert.Equal(input, Parsed.Valid(Parse, ChineseIdNumber.IsValid, input).Value);

    [Fact]
    public void The_birth_date_is_read_from_positions_7_to_14() =>
        Assert.Equal(new DateOnly(1949, 12, 31), Parsed.Accepted(Parse, "11010519491231002X").BirthDate);

    [Theory]
    [InlineData("320202199001011238", true)]
    [InlineData("11010519491231002X", false)]
    [InlineData("110101200002290026", false)]
    [InlineData("320115200001010050", true)]
    public void An_odd_17th_digit_means_male(string input, bool male) =>
        Assert.Equal(male, Parsed.Accepted(Parse, input).IsMale);

    [Fact]
    public void Masked_keeps_the_first_four_and_last_four_characters() =>
        Assert.Equal("3202**********1238", Parsed.Accepted(Parse, "320202199001011238").Masked);

    [Theory]
    [InlineData("110105194912310021")]
    [InlineData("320202199001011234")]
    [InlineData("440308198802290017")]
    public void A_wrong_check_character_is_refused_as_checksum(string input)
    {
        Parsed.Refused(Parse, input, "checksum");
    }

    [Fact]
    public void A_lowercase_x_is_accepted_and_stored_upper_case() =>
        Assert.Equal("11010519491231002X", Parsed.Accepted(Parse, "11010519491231002x").Value);

    [Fact]
    public void Full_width_digits_are_folded_before_the_checksum() =>
        Assert.Equal("11010519491231002X", Parsed.Accepted(Parse, "１１０１０５１９４９１２３１００２Ｘ").Value);

    [Fact]
    public void A_full_width_lowercase_x_and_surrounding_ideographic_spaces_are_accepted() =>
        Assert.Equal("11010519491231002X", Parsed.Accepted(Parse, "\u3000１１０１０５１９４９１２３１００２ｘ\u3000").Value);

    // The check characters below are correct, so only the date can be the reason for refusal.
    [Theory]
    [InlineData("320282200002301234")] // 30 February 2000
    [InlineData("320202202302291231")] // 29 February 2023, not a leap year
    [InlineData("320202190002291234")] // 29 February 1900, not a leap year
    public void An_impossible_birth_date_is_refused(string input)
    {
        Parsed.Refused(Parse, input, "birthdate");
    }

    [Fact]
    public void A_birth_date_in_the_future_is_refused()
    {
        Parsed.Refused(Parse, "32020220990101123X", "birthdate");
    }

    [Fact]
    public void A_birth_date_a_few_days_from_now_is_refused()
    {
        var first17 = $"320202{DateTime.UtcNow.AddDays(3):yyyyMMdd}123";
        var input = first17 + ChineseIdNumber.ComputeCheckCharacter(first17);

        Parsed.Refused(Parse, input, "birthdate");
    }

    [Fact]
    public void ID_GB11643_worked_example_is_valid()
    {
        // The standard's own example (GB 11643-1999, annex): Beijing Chaoyang, born 31 December 1949, check X.
        Assert.True(ChineseIdNumber.TryParse("11010519491231002X", out var id, out var error));
        Assert.Null(error);
        Assert.Equal(new DateOnly(1949, 12, 31), id!.BirthDate);
        Assert.False(id.IsMale);
    }

    [Theory]
    [InlineData("32020218991231123")] // 31 December 1899
    [InlineData("32020218500101123")] // 1 January 1850
    public void ID_birth_before_1900_is_valid(string first17)
    {
        Assert.True(ChineseIdNumber.TryParse(WithCheck(first17), out var id, out var error));
        Assert.Null(error);
        Assert.True(id!.BirthDate.Year < 1900);
    }

    [Theory]
    [InlineData("10010519491231002")] // 10: no province
    [InlineData("16010519491231002")]
    [InlineData("30010519491231002")]
    [InlineData("47010519491231002")]
    [InlineData("55010519491231002")]
    [InlineData("66010519491231002")]
    [InlineData("72010519491231002")]
    [InlineData("84010519491231002")]
    [InlineData("99010519491231002")]
    [InlineData("00010519491231002")]
    public void ID_unknown_province_code_is_refused(string first17)
    {
        Assert.False(ChineseIdNumber.TryParse(WithCheck(first17), out var id, out var error));
        Assert.Null(id);
        Assert.Equal("province", error);
    }

    [Theory]
    [InlineData("11")]
    [InlineData("15")]
    [InlineData("23")]
    [InlineData("37")]
    [InlineData("46")]
    [InlineData("54")]
    [InlineData("65")]
    [InlineData("71")]
    [InlineData("81")]
    [InlineData("82")]
    [InlineData("83")]
    public void ID_every_province_level_code_of_GB_T_2260_is_accepted(string province) =>
        Assert.True(ChineseIdNumber.TryParse(WithCheck(province + "010519900101123"), out _, out _));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("11010519491231002")] // 17 characters
    [InlineData("11010519491231002X1")] // 19 characters
    [InlineData("1101051949123100XX")] // X only allowed last
    [InlineData("11010519491231002Y")]
    [InlineData("A1010519491231002X")]
    [InlineData("110105491231002")] // old 15-digit form
    public void Anything_but_17_digits_and_a_digit_or_X_is_refused_as_format(string? input) =>
        Parsed.Invalid(Parse, ChineseIdNumber.IsValid, input, "format");

    [Fact]
    public void Non_ascii_digits_are_refused_as_format()
    {
        // Arabic-Indic digits are char.IsDigit but must not slip through.
        Parsed.Refused(Parse, "١١٠١٠٥١٩٤٩١٢٣١٠٠٢X", "format");
    }

    [Fact]
    public void The_check_character_helper_agrees_with_the_parser()
    {
        Assert.Equal('X', ChineseIdNumber.ComputeCheckCharacter("11010519491231002"));
        Assert.Equal('8', ChineseIdNumber.ComputeCheckCharacter("32020219900101123"));
    }

    [Fact]
    public void A_birth_date_after_todays_beijing_date_on_the_given_clock_is_refused()
    {
        // 2026-11-28 16:30 UTC is already 2026-11-29 in Beijing.
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 28, 16, 30, 0, TimeSpan.Zero));
        Assert.True(ChineseIdNumber.TryParse(WithCheck("32028220261129001"), out _, out _, clock));
        Assert.False(ChineseIdNumber.TryParse(WithCheck("32028220261130001"), out _, out var error, clock));
        Assert.Equal("birthdate", error);
    }

    private static string WithCheck(string first17) => first17 + ChineseIdNumber.ComputeCheckCharacter(first17);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
