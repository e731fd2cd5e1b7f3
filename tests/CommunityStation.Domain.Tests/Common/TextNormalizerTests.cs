namespace CommunityStation.Domain.Tests.Common;

public sealed class TextNormalizerTests
{
    [Fact]
    public void Null_folds_to_an_empty_string() => Assert.Equal(string.Empty, TextNormalizer.FoldWidth(null));

    [Fact]
    public void Full_width_ascii_is_folded_to_half_width()
    {
        Assert.Equal("ABC xyz 0123456789 !~", TextNormalizer.FoldWidth("ＡＢＣ ｘｙｚ ０１２３４５６７８９ ！～"));
    }

    [Fact]
    public void The_first_and_last_full_width_characters_fold_to_the_range_ends()
    {
        Assert.Equal("!", TextNormalizer.FoldWidth("\uFF01"));
        Assert.Equal("~", TextNormalizer.FoldWidth("\uFF5E"));
    }

    [Fact]
    public void The_ideographic_space_becomes_a_plain_space()
    {
        Assert.Equal("东虹 社区", TextNormalizer.FoldWidth("东虹\u3000社区"));
    }

    [Fact]
    public void Leading_and_trailing_ideographic_spaces_are_trimmed()
    {
        Assert.Equal("东虹社区", TextNormalizer.FoldWidth("\u3000 东虹社区 \u3000"));
    }

    [Fact]
    public void Chinese_characters_and_full_width_punctuation_outside_the_range_are_kept()
    {
        // U+3001 、 and U+FF5F ｟ lie outside the folded range.
        Assert.Equal("宜城街道、东虹｟", TextNormalizer.FoldWidth("宜城街道、东虹｟"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u3000")]
    public void Blank_text_becomes_null(string? input) => Assert.Null(TextNormalizer.NullIfBlank(input));

    [Fact]
    public void Non_blank_text_is_trimmed() => Assert.Equal("备注", TextNormalizer.NullIfBlank("  备注 "));

    [Fact]
    public void Free_text_keeps_chinese_punctuation_exactly_as_typed() =>
        Assert.Equal("（宜房权证字第12345号），；", TextNormalizer.Text("  （宜房权证字第12345号），；  "));

    [Fact]
    public void Free_text_is_nfc_normalised() =>
        Assert.Equal("\u00e9", TextNormalizer.Text("e\u0301"));
}
