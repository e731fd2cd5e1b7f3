using CommunityStation.Domain.Communities;
using static CommunityStation.Domain.Tests.Staffing.StaffingFixture;

namespace CommunityStation.Domain.Tests.Staffing;

/// <summary>H1–H4 as a contract is signed through <see cref="Contract.Sign(Guid, ContractTerms, HiringThresholds, IEnumerable{WorkforceAssignment}, string?)"/>.</summary>
public sealed class ContractTests
{
    private static readonly Community Chengzhong = new(Tenant, Guid.NewGuid(), "城中社区", 3000, new DateOnly(2024, 1, 1), new DateOnly(2028, 12, 31));

    public static WorkforceAssignment Side(Person person, WorkforceSide side, Guid communityId, DateOnly? to = null) =>
        new(person.TenantId, Guid.NewGuid(), person.Id, communityId, side, new DateOnly(2024, 1, 1), to);

    private static Contract Hired(Person person, DateOnly start, DateOnly end, HiringChannel channel = HiringChannel.B) =>
        Contract.Sign(person.TenantId, Guid.NewGuid(), person.Id, StationId, channel, start, end, channel == HiringChannel.A ? end : null, [], null);

    private static Contract SignA(Person person, DateOnly start, DateOnly end, Community? community = null, string? reason = null, params WorkforceAssignment[] sides) =>
        Contract.Sign(Guid.NewGuid(), new ContractTerms(person, StationId, community ?? Chengzhong, HiringChannel.A, start, end), Defaults, sides, reason);

    private static ContractTerms RenewalB(Person person, Contract previous) =>
        new(person, StationId, Chengzhong, HiringChannel.B, previous.End.AddDays(1), previous.End.AddYears(3), previous);

    // H4: where a channel-B contract comes from
    [Fact]
    public void H4_channel_B_contract_needs_a_campaign_hire_or_a_renewal_of_the_same_person()
    {
        var person = PersonBorn(new DateOnly(1995, 5, 5));
        var noCampaign = Assert.Throws<DomainException>(() =>
            Contract.Sign(Guid.NewGuid(), new ContractTerms(person, StationId, Chengzhong, HiringChannel.B, new DateOnly(2026, 1, 1), new DateOnly(2028, 12, 31)), Defaults, [], null));
        Assert.Equal(("H4", "Channel"), (noCampaign.Rule, noCampaign.Field));

        var someoneElses = Hired(PersonBorn(new DateOnly(1994, 4, 4)), new DateOnly(2023, 1, 1), new DateOnly(2025, 12, 31));
        Assert.Equal("Renew", Assert.Throws<DomainException>(() => Contract.Sign(Guid.NewGuid(), RenewalB(person, someoneElses), Defaults, [], null)).Field);

        var ownChannelA = Hired(person, new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31), HiringChannel.A);
        Assert.Equal("Renew", Assert.Throws<DomainException>(() => Contract.Sign(Guid.NewGuid(), RenewalB(person, ownChannelA), Defaults, [], null)).Field);

        var own = Hired(person, new DateOnly(2023, 1, 1), new DateOnly(2025, 12, 31));
        var renewed = Contract.Sign(Guid.NewGuid(), RenewalB(person, own), Defaults, [], null);
        Assert.Equal((HiringChannel.B, own.Id, person.Id), (renewed.Channel, renewed.RenewalOf, renewed.PersonId));
    }

    [Fact]
    public void H4_a_renewal_of_a_contract_in_another_tenant_is_refused()
    {
        var person = PersonBorn(new DateOnly(1995, 5, 5));
        var elsewhere = Contract.Sign(Guid.NewGuid(), Guid.NewGuid(), person.Id, StationId, HiringChannel.B, new DateOnly(2023, 1, 1), new DateOnly(2025, 12, 31), null, [], null);
        Assert.Equal("H4", Assert.Throws<DomainException>(() => Contract.Sign(Guid.NewGuid(), RenewalB(person, elsewhere), Defaults, [], null)).Rule);
    }

    // H4: the renewal age is relaxed softly
    [Fact]
    public void H4_a_renewal_above_the_relaxed_age_is_a_warning_acknowledged_with_a_reason()
    {
        var person = PersonBorn(new DateOnly(1984, 6, 1)); // 41 on 2026-01-01, above 35 + 5
        var previous = Hired(person, new DateOnly(2023, 1, 1), new DateOnly(2025, 12, 31));
        var terms = RenewalB(person, previous);

        var warning = Assert.Single(Contract.WarningsFor(terms, Defaults, []));
        Assert.Equal("H4", warning.Rule);
        Assert.Contains("41", warning.ToString(), StringComparison.Ordinal);

        var unexplained = Assert.Throws<DomainException>(() => Contract.Sign(Guid.NewGuid(), terms, Defaults, [], " "));
        Assert.Equal(("H4", "OverrideReason"), (unexplained.Rule, unexplained.Field));

        var renewed = Contract.Sign(Guid.NewGuid(), terms, Defaults, [], "岗位经验丰富，考核优秀");
        Assert.Equal("岗位经验丰富，考核优秀", renewed.OverrideReason);
        Assert.Contains("H4", renewed.Warnings, StringComparison.Ordinal);
    }

    [Fact]
    public void H4_within_the_relaxed_age_a_renewal_has_no_warning_and_a_new_hire_above_35_is_still_refused()
    {
        var person = PersonBorn(new DateOnly(1988, 6, 1)); // 37 on 2026-01-01
        Assert.Empty(Contract.WarningsFor(RenewalB(person, Hired(person, new DateOnly(2023, 1, 1), new DateOnly(2025, 12, 31))), Defaults, []));
        Assert.Equal("H3", Assert.Throws<DomainException>(() => Eligibility.ChannelB(person, new DateOnly(2026, 1, 1), Defaults, renewal: false)).Rule);
    }

    // H2: the RC term current on the start date
    [Fact]
    public void H2_contract_checks_the_rc_term_current_on_its_start_date()
    {
        var member = PersonBorn(new DateOnly(1981, 3, 3), education: Education.JuniorCollege, computer: ComputerSkill.Basic);
        var rc = Side(member, WorkforceSide.RcMember, Chengzhong.Id);
        Assert.Equal(new DateOnly(2028, 12, 31), SignA(member, new DateOnly(2026, 1, 1), new DateOnly(2028, 12, 31), sides: rc).End);
        var pastTheTerm = Assert.Throws<DomainException>(() => SignA(member, new DateOnly(2026, 1, 1), new DateOnly(2029, 1, 1), sides: rc));
        Assert.Equal(("H2", "End"), (pastTheTerm.Rule, pastTheTerm.Field));

        // The stored term has ended: it no longer caps anything, it is simply not the term of a 2026 contract.
        var expired = new Community(Tenant, Guid.NewGuid(), "南虹社区", 2000, new DateOnly(2019, 1, 1), new DateOnly(2023, 12, 31));
        var oldMember = Side(member, WorkforceSide.RcMember, expired.Id);
        var noTerm = Assert.Throws<DomainException>(() => SignA(member, new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), expired, sides: oldMember));
        Assert.Equal(("H2", "Start", Contract.NoCurrentRcTerm), (noTerm.Rule, noTerm.Field, noTerm.Template));

        // Nor does a term that begins after the start.
        Assert.Equal(Contract.NoCurrentRcTerm, Assert.Throws<DomainException>(() => SignA(member, new DateOnly(2023, 6, 1), new DateOnly(2024, 6, 30), sides: rc)).Template);
    }

    [Fact]
    public void H2_without_a_current_term_the_user_is_told_to_record_it()
    {
        var member = PersonBorn(new DateOnly(1981, 3, 3));
        var expired = new Community(Tenant, Guid.NewGuid(), "南虹社区", 2000, new DateOnly(2019, 1, 1), new DateOnly(2023, 12, 31));
        var refused = Assert.Throws<DomainException>(() => SignA(member, new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), expired, "熟悉社区", Side(member, WorkforceSide.RcMember, expired.Id)));
        Assert.Contains("请先在社区资料中登记", refused.Message, StringComparison.Ordinal);
        Assert.Contains("2019-01-01", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("最长不得超过", refused.Message, StringComparison.Ordinal);
    }

    // H1: mainly from the RC members and the community's assistants
    [Fact]
    public void H1_channel_A_person_not_an_rc_member_or_assistant_is_a_warning()
    {
        var person = PersonBorn(new DateOnly(1981, 3, 3), education: Education.JuniorCollege, computer: ComputerSkill.Basic);
        var on = new DateOnly(2026, 1, 1);
        IReadOnlyList<RuleWarning> Warn(params WorkforceAssignment[] sides) => Eligibility.ChannelA(person, on, Defaults, sides, Chengzhong.Id);

        Assert.Empty(Warn(Side(person, WorkforceSide.RcMember, Chengzhong.Id)));
        Assert.Empty(Warn(Side(person, WorkforceSide.Assistant, Chengzhong.Id)));
        var outsider = Assert.Single(Warn(Side(person, WorkforceSide.StationStaff, Chengzhong.Id)));
        Assert.Equal("H1", outsider.Rule);
        Assert.Contains("居委会成员或协管员", outsider.ToString(), StringComparison.Ordinal);
        Assert.Single(Warn());
        Assert.Single(Warn(Side(person, WorkforceSide.RcMember, Guid.NewGuid())));
        Assert.Single(Warn(Side(person, WorkforceSide.RcMember, Chengzhong.Id, to: new DateOnly(2025, 12, 31))));

        // Soft: signed once someone says why.
        Assert.Equal("H1", Assert.Throws<DomainException>(() => SignA(person, on, new DateOnly(2028, 12, 31))).Rule);
        Assert.Equal("社会招聘的社工，熟悉本社区", SignA(person, on, new DateOnly(2028, 12, 31), reason: "社会招聘的社工，熟悉本社区").OverrideReason);
    }

    // Ages on a 29 February birthday (周岁; see ChineseAge): born 1988-02-29, 2023 and 2033 are common years, 2024 and 2028 leap years.
    private static readonly DateOnly LeapDay = new(1988, 2, 29);

    [Fact]
    public void H3_age_on_29_february_birthday_at_35()
    {
        var person = PersonBorn(LeapDay);
        Assert.Equal(34, person.AgeOn(new DateOnly(2023, 2, 28)));
        Assert.Equal(35, person.AgeOn(new DateOnly(2023, 3, 1)));
        Assert.Empty(Eligibility.ChannelB(person, new DateOnly(2023, 3, 1), Defaults, renewal: false));
    }

    [Fact]
    public void H3_age_on_29_february_birthday_at_36()
    {
        var person = PersonBorn(LeapDay);
        Assert.Equal(35, person.AgeOn(new DateOnly(2024, 2, 28)));
        Assert.Empty(Eligibility.ChannelB(person, new DateOnly(2024, 2, 28), Defaults, renewal: false));
        Assert.Equal(36, person.AgeOn(new DateOnly(2024, 2, 29)));
        Assert.Equal("H3", Assert.Throws<DomainException>(() => Eligibility.ChannelB(person, new DateOnly(2024, 2, 29), Defaults, renewal: false)).Rule);
    }

    [Fact]
    public void H1_age_on_29_february_birthday_at_40()
    {
        var person = PersonBorn(LeapDay);
        var rc = Side(person, WorkforceSide.RcMember, Chengzhong.Id);
        Assert.Equal(39, person.AgeOn(new DateOnly(2028, 2, 28)));
        Assert.Contains("年龄 39 周岁", Assert.Single(Eligibility.ChannelA(person, new DateOnly(2028, 2, 28), Defaults, [rc], Chengzhong.Id)).ToString(), StringComparison.Ordinal);
        Assert.Equal(40, person.AgeOn(new DateOnly(2028, 2, 29)));
        Assert.Empty(Eligibility.ChannelA(person, new DateOnly(2028, 2, 29), Defaults, [rc], Chengzhong.Id));
    }

    [Fact]
    public void H1_age_on_29_february_birthday_at_45()
    {
        var person = PersonBorn(LeapDay);
        Assert.Equal(44, person.AgeOn(new DateOnly(2033, 2, 28)));
        Assert.Equal(45, person.AgeOn(new DateOnly(2033, 3, 1)));
        Assert.Equal(45, person.AgeOn(new DateOnly(2034, 2, 28)));
        Assert.Equal(46, person.AgeOn(new DateOnly(2034, 3, 1)));
    }
}
