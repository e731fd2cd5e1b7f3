using CommunityStation.Domain.Communities;
using static CommunityStation.Domain.Tests.Staffing.StaffingFixture;

namespace CommunityStation.Domain.Tests.Staffing;

public sealed class StaffingTests
{
    private static StaffingRatio Ratio(int households, int party = 1, int rc = 4, int station = 3, int retained = 1) =>
        new(households, 200m, party, rc, station, party + rc + station, retained, 0.30m, 0.05m, 0);

    // S1
    [Fact]
    public void S1_exactly_200_households_need_one_worker() => Assert.Equal(1, Ratio(200).Required);

    [Fact]
    public void S1_201_households_need_two_workers() => Assert.Equal(2, Ratio(201).Required);

    [Fact]
    public void S1_ratio_counts_party_staff_rc_members_and_station_staff()
    {
        var ratio = Ratio(2000, party: 1, rc: 4, station: 3);
        Assert.Equal(8, ratio.Actual);
        Assert.Equal(10, ratio.Required);
        Assert.Equal(2, ratio.Shortfall);
        Assert.False(ratio.MeetsStandard);
    }

    [Fact]
    public void S1_a_town_sums_each_communitys_shortfall()
    {
        var town = StaffingRatio.Sum([Ratio(2000, 1, 4, 3), Ratio(200, 5, 5, 5)], 200m, 0.3m, 0.05m);
        Assert.Equal(11, town.RequiredTotal);
        Assert.Equal(2, town.ShortfallTotal);
    }

    // S2
    [Fact]
    public void S2_a_retention_share_near_30_percent_gives_no_warning() => Assert.Null(Ratio(2000, rc: 10, retained: 3).RetentionWarning);

    [Fact]
    public void S2_a_retention_share_far_from_30_percent_warns_but_never_refuses() =>
        Assert.Equal("S2", Ratio(2000, rc: 10, retained: 8).RetentionWarning!.Rule);

    // S3, S4, S5
    [Fact]
    public void S3_there_is_exactly_one_head_and_a_new_one_replaces_the_old()
    {
        var roster = new StationRoster(Tenant, StationId, []);
        roster.AppointHead(PersonBorn(new DateOnly(1975, 1, 1)), false, [], new DateOnly(2026, 1, 1), "熟悉社区情况");
        roster.AppointHead(PersonBorn(new DateOnly(1976, 1, 1)), false, [], new DateOnly(2026, 2, 1), "熟悉社区情况");
        Assert.Single(roster.Current, p => p.Kind == PostKind.Head);
    }

    [Fact]
    public void S3_a_head_who_is_neither_secretary_nor_director_gives_a_warning()
    {
        var secretary = PersonBorn(new DateOnly(1975, 1, 1));
        var roster = new StationRoster(Tenant, StationId, [], new CommunityOfficers(Guid.NewGuid(), secretary.Id, null));
        Assert.Equal("S3", roster.HeadWarning(PersonBorn(new DateOnly(1975, 1, 1)).Id)!.Rule);
        Assert.Null(roster.HeadWarning(secretary.Id));
    }

    [Fact]
    public void S3_the_warning_goes_ahead_only_with_a_reason_which_is_kept_for_the_audit()
    {
        var roster = new StationRoster(Tenant, StationId, []);
        var refused = Assert.Throws<DomainException>(() => roster.AppointHead(PersonBorn(new DateOnly(1975, 1, 1)), false, [], new DateOnly(2026, 1, 1), "  "));
        Assert.Equal(("S3", "Reason"), (refused.Rule, refused.Field));
        Assert.Empty(roster.Current);
        var post = roster.AppointHead(PersonBorn(new DateOnly(1975, 1, 1)), false, [], new DateOnly(2026, 1, 1), " 熟悉社区情况 ");
        var acknowledged = Assert.Single(roster.Overrides);
        Assert.Equal(("S3", "熟悉社区情况", post.Id), (acknowledged.Warning.Rule, acknowledged.Reason, acknowledged.Key));
    }

    [Fact]
    public void S4_the_deputy_must_be_full_time()
    {
        var roster = new StationRoster(Tenant, StationId, []);
        Rule.Refuses("S4", () => roster.AppointDeputy(PersonBorn(new DateOnly(1980, 1, 1)), false, [], new DateOnly(2026, 1, 1)));
        roster.AppointDeputy(PersonBorn(new DateOnly(1980, 1, 1)), true, [], new DateOnly(2026, 1, 1));
        Assert.Single(roster.Current, p => p.Kind == PostKind.Deputy);
    }

    [Fact]
    public void S3_S4_a_station_without_head_and_full_time_deputy_shows_both_posts_vacant()
    {
        var roster = new StationRoster(Tenant, StationId, []);
        Assert.Equal([PostKind.Head, PostKind.Deputy], roster.Vacancies());
        roster.AppointHead(PersonBorn(new DateOnly(1975, 1, 1)), false, [], new DateOnly(2026, 1, 1), "熟悉社区情况");
        roster.AppointDeputy(PersonBorn(new DateOnly(1980, 1, 1)), true, [], new DateOnly(2026, 1, 1));
        Assert.Empty(roster.Vacancies());
    }

    [Fact]
    public void S5_one_person_may_hold_several_posts_and_one_post_several_duties()
    {
        var roster = new StationRoster(Tenant, StationId, []);
        var person = PersonBorn(new DateOnly(1975, 1, 1));
        roster.AppointHead(person, false, ["D9", "D10"], new DateOnly(2026, 1, 1), "熟悉社区情况");
        var staff = roster.AddStaff(person, true, ["D5", "D1", "D4"], new DateOnly(2026, 1, 1));
        Assert.Equal(2, roster.Current.Count(p => p.PersonId == person.Id));
        Assert.Equal(["D1", "D4", "D5"], staff.Duties);
        Rule.Refuses("S5", () => staff.SetDuties(["D11"]));
    }

    // H1
    [Fact]
    public void H1_a_candidate_near_45_with_junior_college_and_computer_skills_gets_no_warning()
    {
        var person = PersonBorn(new DateOnly(1980, 6, 1), Education.JuniorCollege, ComputerSkill.Basic);
        Assert.Empty(Eligibility.ChannelA(person, new DateOnly(2026, 6, 1), Defaults, [ContractTests.Side(person, WorkforceSide.RcMember, StationId)], StationId));
    }

    [Fact]
    public void H1_is_soft_an_older_candidate_without_college_or_computer_gets_warnings_not_a_refusal()
    {
        var person = PersonBorn(new DateOnly(1965, 1, 1), Education.HighSchool, ComputerSkill.None);
        var warnings = Eligibility.ChannelA(person, new DateOnly(2026, 6, 1), Defaults, [ContractTests.Side(person, WorkforceSide.Assistant, StationId)], StationId);
        Assert.Equal(3, warnings.Count);
        Assert.All(warnings, w => Assert.Equal("H1", w.Rule));
        Assert.Contains("年龄 61 周岁", warnings[0].ToString(), StringComparison.Ordinal);
    }

    // H2
    [Fact]
    public void H2_a_contract_ending_on_the_last_day_of_the_rc_term_is_allowed()
    {
        var contract = Contract.Sign(Tenant, Guid.NewGuid(), Guid.NewGuid(), StationId, HiringChannel.A, new DateOnly(2026, 1, 1), new DateOnly(2028, 12, 31), new DateOnly(2028, 12, 31), [], null);
        Assert.Equal(new DateOnly(2028, 12, 31), contract.End);
    }

    [Fact]
    public void H2_a_contract_ending_one_day_after_the_rc_term_is_refused()
    {
        var error = Assert.Throws<DomainException>(() =>
            Contract.Sign(Tenant, Guid.NewGuid(), Guid.NewGuid(), StationId, HiringChannel.A, new DateOnly(2026, 1, 1), new DateOnly(2029, 1, 1), new DateOnly(2028, 12, 31), [], null));
        Assert.Equal("H2", error.Rule);
    }

    [Fact]
    public void H1_warnings_must_be_acknowledged_with_a_reason_which_is_kept()
    {
        Assert.Equal("H1", Assert.Throws<DomainException>(() =>
            Contract.Sign(Tenant, Guid.NewGuid(), Guid.NewGuid(), StationId, HiringChannel.A, new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1), new DateOnly(2028, 12, 31), ["年龄偏大"], " ")).Rule);
        var contract = Contract.Sign(Tenant, Guid.NewGuid(), Guid.NewGuid(), StationId, HiringChannel.A, new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1), new DateOnly(2028, 12, 31), ["年龄偏大"], "熟悉社区情况");
        Assert.Equal("熟悉社区情况", contract.OverrideReason);
    }

    [Fact]
    public void H2_contracts_expiring_within_the_warning_window_are_flagged_for_renewal()
    {
        var contract = Contract.Sign(Tenant, Guid.NewGuid(), Guid.NewGuid(), StationId, HiringChannel.B, new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31), null, [], null);
        Assert.True(contract.ExpiresWithin(new DateOnly(2026, 11, 26), 60));
        Assert.False(contract.ExpiresWithin(new DateOnly(2026, 9, 1), 60));
    }

    // H3, H4
    [Fact]
    public void H3_age_exactly_35_on_the_closing_date_is_eligible() =>
        Assert.Empty(Eligibility.ChannelB(PersonBorn(new DateOnly(1991, 12, 1)), new DateOnly(2026, 12, 1), Defaults, renewal: false));

    [Fact]
    public void H3_age_36_on_the_closing_date_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => Eligibility.ChannelB(PersonBorn(new DateOnly(1990, 12, 1)), new DateOnly(2026, 12, 1), Defaults, renewal: false));
        Assert.Equal("H3", error.Rule);
    }

    [Fact]
    public void H4_renewals_relax_the_age_limit_by_the_setting() =>
        Assert.Empty(Eligibility.ChannelB(PersonBorn(new DateOnly(1990, 12, 1)), new DateOnly(2026, 12, 1), Defaults, renewal: true));

    [Fact]
    public void H3_computer_level_2_is_hard() =>
        Assert.Throws<DomainException>(() => Eligibility.ChannelB(PersonBorn(new DateOnly(1995, 1, 1), computer: ComputerSkill.Basic), new DateOnly(2026, 12, 1), Defaults, false));

    [Fact]
    public void H3_a_bachelors_degree_is_soft() =>
        Assert.Equal("H3", Assert.Single(Eligibility.ChannelB(PersonBorn(new DateOnly(1995, 1, 1), Education.JuniorCollege), new DateOnly(2026, 12, 1), Defaults, false)).Rule);

    // H5
    [Fact]
    public void H5_a_deployment_moves_between_two_different_stations() =>
        Rule.Refuses("H5", () => new Deployment(Tenant, Guid.NewGuid(), Guid.NewGuid(), StationId, StationId, new DateOnly(2026, 1, 1), TestActor.Named("town"), null));

    // H6
    [Fact]
    public void H6_a_filing_is_acknowledged_or_returned_once()
    {
        var filing = RosterFiling.File(Tenant, Guid.NewGuid(), StationId, ["站长|甲|专职|D9"], false, TestActor.Named("town"), DateTimeOffset.UtcNow);
        filing.Acknowledge(TestActor.Named("bureau"), DateTimeOffset.UtcNow);
        Assert.Equal(FilingStatus.Acknowledged, filing.Status);
        Assert.Throws<DomainException>(() => filing.Return(TestActor.Named("bureau"), "x", DateTimeOffset.UtcNow));
    }

    [Fact]
    public void H6_returning_a_filing_needs_reasons()
    {
        var filing = RosterFiling.File(Tenant, Guid.NewGuid(), StationId, ["站长|甲|专职|D9"], false, TestActor.Named("town"), DateTimeOffset.UtcNow);
        Assert.Throws<DomainException>(() => filing.Return(TestActor.Named("bureau"), " ", DateTimeOffset.UtcNow));
        filing.Return(TestActor.Named("bureau"), "副站长信息有误", DateTimeOffset.UtcNow);
        Assert.Equal(FilingStatus.Returned, filing.Status);
    }

    [Fact]
    public void H6_any_change_after_an_acknowledged_filing_makes_it_out_of_date_and_the_diff_shows_it()
    {
        var filing = RosterFiling.File(Tenant, Guid.NewGuid(), StationId, ["站长|甲|专职|D9", "副站长|乙|专职|D5"], false, TestActor.Named("town"), DateTimeOffset.UtcNow);
        Assert.True(RosterFiling.IsOutOfDate(null, filing.Lines));
        filing.Acknowledge(TestActor.Named("bureau"), DateTimeOffset.UtcNow);
        Assert.False(RosterFiling.IsOutOfDate(filing, ["站长|甲|专职|D9", "副站长|乙|专职|D5"]));
        var now = new List<string> { "站长|甲|专职|D9", "副站长|丙|专职|D5" };
        Assert.True(RosterFiling.IsOutOfDate(filing, now));
        var (added, removed) = RosterFiling.Diff(filing, now);
        Assert.Equal(["副站长|丙|专职|D5"], added);
        Assert.Equal(["副站长|乙|专职|D5"], removed);
    }

    [Fact]
    public void P1_a_person_gets_gender_and_birth_date_from_the_id_number()
    {
        var person = PersonBorn(new DateOnly(1990, 3, 15));
        Assert.Equal(new DateOnly(1990, 3, 15), person.BirthDate);
        Assert.Equal(36, person.AgeOn(new DateOnly(2026, 3, 15)));
        Assert.Equal(35, person.AgeOn(new DateOnly(2026, 3, 14)));
    }
}
