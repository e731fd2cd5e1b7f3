namespace CommunityStation.Domain.Tests.Common;

public sealed class TextNormalizerTests
{
    [Fact]
    public void Null_folds_to_an_empty_string() => Assert.Equal(string.Empty, TextNormalizer.FoldWidth(null));

    [Theory]
    [InlineData("ＡＢＣ ｘｙｚ ０１２３４５６７８９ ！～", "ABC xyz 0123456789 !~")] // full-width ASCII folds to half-width
    [InlineData("\uFF01", "!")] // the first and last full-width characters fold to the ends of the range
    [InlineData("\uFF5E", "~")]
    [InlineData("东虹\u3000社区", "东虹 社区")] // the ideographic space becomes a plain space
    [InlineData("\u3000 东虹社区 \u3000", "东虹社区")] // leading and trailing ideographic spaces are trimmed
    [InlineData("宜城街道、东虹｟", "宜城街道、东虹｟")] // U+3001 、 and U+FF5F ｟ lie outside the folded range: kept
    public void Codes_fold_full_width_characters_and_keep_the_rest(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.FoldWidth(input));

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
