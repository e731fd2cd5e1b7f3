using CommunityStation.Domain.Communities;

namespace CommunityStation.Domain.Tests.Communities;

public sealed class CommunityTests
{
    private static Community NewCommunity() =>
        new(Guid.NewGuid(), Guid.NewGuid(), "东虹社区", 2000, new DateOnly(2024, 1, 1), new DateOnly(2028, 12, 31));

    [Fact]
    public void Particulars_are_updated_and_the_officers_are_people_with_their_names_kept()
    {
        var community = NewCommunity();
        var secretary = new Person(community.TenantId, Guid.NewGuid(), "李书记", "11010519491231002X", null, Education.Bachelor, ComputerSkill.Basic, false, false);
        community.UpdateParticulars(2100, new DateOnly(2024, 1, 1), new DateOnly(2028, 12, 31), "中共东虹社区委员会", null, secretary);
        Assert.Equal(2100, community.Households);
        Assert.Null(community.RcDirectorId);
        Assert.Null(community.RcDirectorName);
        Assert.Equal((secretary.Id, "李书记"), (community.PartySecretaryId, community.PartySecretaryName));
    }

    [Fact]
    public void A_name_and_a_party_organisation_keep_their_chinese_punctuation_as_typed()
    {
        var community = new Community(Guid.NewGuid(), Guid.NewGuid(), "东虹社区（筹）", 2000, new DateOnly(2024, 1, 1), new DateOnly(2028, 12, 31));
        community.UpdateParticulars(2000, new DateOnly(2024, 1, 1), new DateOnly(2028, 12, 31), "中共东虹社区委员会（临时）", null, null);
        Assert.Equal(("东虹社区（筹）", "中共东虹社区委员会（临时）"), (community.Name, community.PartyOrganisation));
    }

    [Fact]
    public void S3_an_officer_from_another_town_is_refused()
    {
        var stranger = new Person(Guid.NewGuid(), Guid.NewGuid(), "外镇人", "11010519491231002X", null, Education.Bachelor, ComputerSkill.Basic, false, false);
        var error = Assert.Throws<DomainException>(() =>
            NewCommunity().UpdateParticulars(10, new DateOnly(2024, 1, 1), new DateOnly(2028, 12, 31), null, stranger, null));
        Assert.Equal(("S3", "RcDirectorId"), (error.Rule, error.Field));
    }

    [Fact]
    public void S1_a_negative_household_count_is_refused()
    {
        var error = Assert.Throws<DomainException>(() =>
            NewCommunity().UpdateParticulars(-1, new DateOnly(2024, 1, 1), new DateOnly(2028, 12, 31), null, null, null));
        Assert.Equal("S1", error.Rule);
        Assert.Equal("Households", error.Field);
    }

    [Fact]
    public void An_rc_term_that_ends_before_it_starts_is_refused()
    {
        var error = Assert.Throws<DomainException>(() =>
            NewCommunity().UpdateParticulars(10, new DateOnly(2024, 1, 1), new DateOnly(2023, 12, 31), null, null, null));
        Assert.Equal("RcTermEnd", error.Field);
    }

    [Theory]
    [InlineData("2024-01-01", true)]
    [InlineData("2028-12-31", true)]
    [InlineData("2029-01-01", false)]
    public void The_rc_term_is_current_from_its_first_to_its_last_day(string day, bool current) =>
        Assert.Equal(current, NewCommunity().IsRcTermCurrentOn(DateOnly.ParseExact(day, "yyyy-MM-dd")));

    [Fact]
    public void A_new_name_is_kept_as_typed_with_its_full_width_characters()
    {
        var community = NewCommunity();
        community.Rename("东虹社区（１）", new DateOnly(2026, 3, 1), new CommunityTies(false, false, 0), new ActorStamp("test", null, DateTimeOffset.UnixEpoch));
        Assert.Equal("东虹社区（１）", community.Name);
    }
}
