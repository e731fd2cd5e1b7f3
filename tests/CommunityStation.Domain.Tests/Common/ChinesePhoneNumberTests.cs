namespace CommunityStation.Domain.Tests.Common;

public sealed class ChinesePhoneNumberTests
{
    [Theory]
    [InlineData("0510-87654321", "0510-87654321")]
    [InlineData("0510 8765 4321", "0510-87654321")]
    [InlineData("(0510)87654321", "0510-87654321")]
    [InlineData("（０５１０）８７６５４３２１", "0510-87654321")] // full width, as a Chinese input method types it
    [InlineData("051087654321", "0510-87654321")]
    [InlineData("0510-87654321-123", "0510-87654321-123")]
    [InlineData("0510-87654321转123", "0510-87654321-123")]
    [InlineData("0510 87654321 ext. 8", "0510-87654321-8")]
    [InlineData("0510-87654321#66", "0510-87654321-66")]
    [InlineData("+86 510 87654321", "0510-87654321")]
    [InlineData("010-62345678", "010-62345678")]
    [InlineData("021 6234 5678", "021-62345678")]
    [InlineData("0915-2345678", "0915-2345678")] // seven-digit local numbers still exist
    public void A_contact_phone_accepts_a_landline(string input, string stored)
    {
        Assert.True(ChinesePhoneNumber.TryParse(input, out var phone, out var error));
        Assert.Null(error);
        Assert.Equal(stored, phone!.Value);
        Assert.False(phone.IsMobile);
        Assert.True(phone.Value.Length <= ChinesePhoneNumber.MaxLength);
    }

    [Theory]
    [InlineData("13812345678")]
    [InlineData("138 1234 5678")]
    [InlineData("+86 138-1234-5678")]
    [InlineData("１３８１２３４５６７８")]
    public void A_contact_phone_accepts_a_mobile_kept_as_eleven_digits(string input)
    {
        Assert.True(ChinesePhoneNumber.TryParse(input, out var phone, out _));
        Assert.Equal("13812345678", phone!.Value);
        Assert.True(phone.IsMobile);
    }

    [Theory]
    [InlineData("87654321")] // no area code
    [InlineData("0510-1234567")] // a local number never starts with 1
    [InlineData("0510-0234567")]
    [InlineData("011-62345678")] // 01x other than 010 is no area code
    [InlineData("0510-876543")] // six digits
    [InlineData("0510-876543210")] // nine digits
    [InlineData("12812345678")] // not a mobile prefix
    [InlineData("13812345678-12")] // a mobile has no extension
    [InlineData("0510-87654321-1234567")] // extension too long
    [InlineData("phone")]
    [InlineData("")]
    [InlineData(null)]
    public void A_contact_phone_refuses_what_is_neither_a_mobile_nor_a_landline_with_area_code(string? input)
    {
        Assert.False(ChinesePhoneNumber.TryParse(input, out var phone, out var error));
        Assert.Null(phone);
        Assert.Equal("format", error);
    }

    [Fact]
    public void R4_head_contact_phone_accepts_a_landline()
    {
        var particulars = new ApplicationParticulars("李红", "11010519491231002X", "0510-87654321转8", "大专", true, "东虹路1号", 120m, "产权自有", 30000m, "街道资助");
        var application = StationApplication.Start(
            TestActor.Named("rc", ActorRole.RcOfficer, Guid.Empty, Guid.Empty), Guid.NewGuid(), Guid.Empty, Guid.Empty, "宜城街道", "东虹社区",
            ApplicationKind.Establish, null, false, particulars, DateTimeOffset.UnixEpoch);
        Assert.Equal("0510-87654321-8", application.HeadPhone);
    }

    [Fact]
    public void P1_person_phone_accepts_a_landline()
    {
        var person = new Person(Guid.Empty, Guid.NewGuid(), "王强", "320282198001010013", "(0510)87654321", Education.JuniorCollege, ComputerSkill.Basic, false, false);
        Assert.Equal("0510-87654321", person.Phone);
    }

    [Fact]
    public void P2_resident_phone_accepts_a_landline()
    {
        var resident = new Resident(Guid.Empty, Guid.NewGuid(), Guid.NewGuid(), "张大爷", null, "0510 8765 4321", true, DateTimeOffset.UnixEpoch);
        Assert.Equal("0510-87654321", resident.Phone);
    }

    [Fact]
    public void The_masked_form_keeps_the_area_codes_first_digits_and_the_last_four() =>
        Assert.Equal("051******4321", new ChinesePhoneNumber("0510-87654321").Masked);
}
