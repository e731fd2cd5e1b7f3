namespace CommunityStation.Domain.Tests.Common;

/// <summary>Masking keeps lists from showing personal data whole, and never fails on what is stored (any string).</summary>
public sealed class MaskingTests
{
    [Theory]
    [InlineData("id", null, "")]
    [InlineData("id", "", "")]
    [InlineData("id", "12345678", "********")]
    [InlineData("id", "123456789", "1234*6789")]
    [InlineData("id", "not-an-id-number", "not-********mber")]
    [InlineData("phone", null, "")]
    [InlineData("phone", "", "")]
    [InlineData("phone", "1234567", "*******")]
    [InlineData("phone", "12345678", "123*5678")]
    [InlineData("phone", "0512-68881234", "051******1234")]
    public void Masking_an_id_number_or_a_phone_is_safe_on_any_string(string kind, string? input, string expected) =>
        Assert.Equal(expected, kind == "id" ? Masking.MaskIdNumber(input) : Masking.MaskPhone(input));
}
