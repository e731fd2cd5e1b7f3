using CommunityStation.Domain.Communities;

namespace CommunityStation.Domain.Tests.Staffing;

/// <summary>Issue 10: the roster, workforce and ratio rules as the source says them (S1, S3, S4, H5, H6/B4).</summary>
public sealed class RosterRulesTests
{
    private static readonly Guid Tenant = Guid.NewGuid();
    private static readonly DateOnly Day = new(2026, 6, 1);

    private static Person Someone(string name = "测试", int year = 1980)
    {
        var first17 = $"320282{year}0101123";
        return new Person(Tenant, Guid.NewGuid(), name, first17 + ChineseIdNumber.ComputeCheckCharacter(first17), null, Education.Bachelor, ComputerSkill.Level2, false, false);
    }

    [Fact]
    public void S3_head_may_be_part_time()
    {
        var secretary = Someone("李书记");
        var roster = new StationRoster(Tenant, Guid.NewGuid(), [], new CommunityOfficers(Guid.NewGuid(), secretary.Id, null));
        var head = roster.AppointHead(secretary, fullTime: false, ["D9"], Day);
        Assert.False(head.FullTime);
        Assert.Empty(roster.Overrides);
        Assert.Contains("站长|李书记|兼职|D9", roster.Snapshot(new Dictionary<Guid, string> { [secretary.Id] = secretary.Name }));
    }

    [Fact]
    public void S4_deputy_must_be_full_time()
    {
        var roster = new StationRoster(Tenant, Guid.NewGuid(), []);
        var refused = Assert.Throws<DomainException>(() => roster.AppointDeputy(Someone(), fullTime: false, [], Day));
        Assert.Equal(("S4", "FullTime"), (refused.Rule, refused.Field));
        Assert.True(roster.AppointDeputy(Someone(), fullTime: true, [], Day).FullTime);
    }

    [Fact]
    public void H6_roster_files_with_a_vacant_post_and_shows_it()
    {
        var deputy = Someone("王副");
        var roster = new StationRoster(Tenant, Guid.NewGuid(), []);
        roster.AppointDeputy(deputy, true, ["D5"], Day);
        Assert.Equal([PostKind.Head], roster.Vacancies());

        var lines = roster.Snapshot(new Dictionary<Guid, string> { [deputy.Id] = deputy.Name });
        var filing = RosterFiling.File(Tenant, Guid.NewGuid(), roster.StationId, lines, false, TestActor.Named("town"), DateTimeOffset.UnixEpoch);
        Assert.Equal(FilingStatus.Filed, filing.Status);
        Assert.Equal(["站长"], filing.VacantPosts);
        Assert.Contains(filing.Lines, StationRoster.IsVacancyLine);

        // Filling the post later changes the roster: the acknowledged filing is then out of date.
        filing.Acknowledge(TestActor.Named("bureau"), DateTimeOffset.UnixEpoch);
        roster.AppointHead(Someone("新站长"), false, [], Day, "书记空缺，暂由社区干部兼任");
        Assert.True(RosterFiling.IsOutOfDate(filing, roster.Snapshot(new Dictionary<Guid, string>())));
    }

    [Fact]
    public void H6_a_filing_already_waiting_for_the_bureau_is_still_refused() =>
        Assert.Equal("H6", Assert.Throws<DomainException>(() => RosterFiling.File(Tenant, Guid.NewGuid(), Guid.NewGuid(), [], true, TestActor.Named("town"), DateTimeOffset.UnixEpoch)).Rule);

    [Fact]
    public void H5_deployment_moves_side_post_and_contract()
    {
        var (fromCommunity, toCommunity) = (Guid.NewGuid(), Guid.NewGuid());
        var person = Someone("调配人");
        var from = new StationRoster(Tenant, Guid.NewGuid(), [], new CommunityOfficers(fromCommunity, null, null));
        var to = new StationRoster(Tenant, Guid.NewGuid(), [], new CommunityOfficers(toCommunity, null, null));
        var start = new DateOnly(2024, 1, 1);
        var post = from.AddStaff(person, false, ["D1", "D7"], start);
        var staffSide = new WorkforceAssignment(Tenant, Guid.NewGuid(), person.Id, fromCommunity, WorkforceSide.StationStaff, start, null);
        var rcSide = new WorkforceAssignment(Tenant, Guid.NewGuid(), person.Id, fromCommunity, WorkforceSide.RcMember, start, new DateOnly(2028, 12, 31));
        var contract = Contract.Sign(Tenant, Guid.NewGuid(), person.Id, from.StationId, HiringChannel.A, start, new DateOnly(2028, 12, 31), new DateOnly(2028, 12, 31), ["年龄偏大"], "熟悉社区情况");
        var renewal = Contract.Sign(Tenant, Guid.NewGuid(), person.Id, from.StationId, HiringChannel.A, new DateOnly(2029, 1, 1), new DateOnly(2033, 12, 31), new DateOnly(2033, 12, 31), [], null);

        var result = Deployment.Carry(Guid.NewGuid(), person, post, from, to, [staffSide, rcSide], [contract, renewal], Day, TestActor.Named("town"), null);

        // The post: ended at the old station, a staff post with the same duties at the new one.
        Assert.Equal(Day, post.To);
        Assert.Empty(from.Current);
        Assert.Equal((to.StationId, false, "D1,D7"), (result.Post.StationId, result.Post.FullTime, string.Join(",", result.Post.Duties)));

        // The side: the old one closed the day before (history), a new one at the new community (S1 counts them there).
        Assert.Equal(Day.AddDays(-1), staffSide.To);
        var side = Assert.Single(result.Sides);
        Assert.Equal((toCommunity, WorkforceSide.StationStaff, Day, (DateOnly?)null), (side.CommunityId, side.Side, side.From, side.To));
        Assert.True(side.IsCurrentOn(Day) && !staffSide.IsCurrentOn(Day));
        Assert.Equal((fromCommunity, (DateOnly?)new DateOnly(2028, 12, 31)), (rcSide.CommunityId, rcSide.To)); // an RC member stays on the RC that elected them

        // The contract: the running one closes the day before and continues at the new station; the one to come moves.
        Assert.Equal(Day.AddDays(-1), contract.End);
        var continued = result.Contracts.Single(c => c.DeployedFrom == contract.Id);
        Assert.Equal((to.StationId, Day, new DateOnly(2028, 12, 31), HiringChannel.A, "熟悉社区情况"), (continued.StationId, continued.Start, continued.End, continued.Channel, continued.OverrideReason));
        Assert.Same(renewal, result.Contracts.Single(c => c.DeployedFrom is null));
        Assert.Equal(to.StationId, renewal.StationId);

        Assert.Equal((from.StationId, to.StationId, Day), (result.Deployment.FromStationId, result.Deployment.ToStationId, result.Deployment.On));
    }

    [Fact]
    public void H5_a_person_without_a_recorded_side_gets_one_at_the_new_community()
    {
        var person = Someone();
        var from = new StationRoster(Tenant, Guid.NewGuid(), [], new CommunityOfficers(Guid.NewGuid(), null, null));
        var toCommunity = Guid.NewGuid();
        var to = new StationRoster(Tenant, Guid.NewGuid(), [], new CommunityOfficers(toCommunity, null, null));
        var post = from.AddStaff(person, true, [], new DateOnly(2024, 1, 1));
        var result = Deployment.Carry(Guid.NewGuid(), person, post, from, to, [], [], Day, TestActor.Named("town"), null);
        Assert.Equal(toCommunity, Assert.Single(result.Sides).CommunityId);
        Assert.Empty(result.Contracts);
    }

    [Fact]
    public void S1_counts_a_person_in_two_roles_once()
    {
        var (both, rc, staff, party) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var ratio = StaffingRatio.ForCommunity(1000, 200m,
            [(both, WorkforceSide.RcMember), (both, WorkforceSide.StationStaff), (rc, WorkforceSide.RcMember), (staff, WorkforceSide.StationStaff), (party, WorkforceSide.PartyStaff), (party, WorkforceSide.StationStaff), (Guid.NewGuid(), WorkforceSide.Assistant)],
            0.3m, 0.05m, 0);
        Assert.Equal((1, 2, 3), (ratio.PartyStaff, ratio.RcMembers, ratio.StationStaff));
        Assert.Equal(4, ratio.Actual); // both, rc, staff, party: four people in six roles; an assistant is none of the three
        Assert.Equal(1, ratio.Shortfall);
        Assert.Equal(1, ratio.RcRetained);
        Assert.Equal(4, StaffingRatio.Sum([ratio], 200m, 0.3m, 0.05m).Actual);
    }

    [Fact]
    public void S1_deregistered_stations_are_left_out_of_ratios()
    {
        Assert.False(StaffingRatio.Covers([StationStatus.Deregistered]));
        Assert.True(StaffingRatio.Covers([StationStatus.Deregistered, StationStatus.Registered]));
        Assert.True(StaffingRatio.Covers([StationStatus.Registered]));
        Assert.True(StaffingRatio.Covers([])); // not set up yet: still expected to reach the standard (B1)
    }

    [Fact]
    public void S3_head_is_secretary_or_director_by_person_not_by_name()
    {
        var director = Someone("张伟");
        var namesake = Someone("张伟", 1985);
        var community = new Community(Tenant, Guid.NewGuid(), "东虹社区", 2000, new DateOnly(2024, 1, 1), new DateOnly(2028, 12, 31));
        community.UpdateParticulars(2000, new DateOnly(2024, 1, 1), new DateOnly(2028, 12, 31), null, director, null);
        var roster = new StationRoster(Tenant, Guid.NewGuid(), [], community.Officers);

        Assert.Null(roster.HeadWarning(director.Id));
        Assert.Equal("S3", roster.HeadWarning(namesake.Id)!.Rule); // the same name is not the same person
        Assert.Equal("S3", Assert.Throws<DomainException>(() => roster.AppointHead(namesake, false, [], Day)).Rule);
        roster.AppointHead(director, false, [], Day);
        Assert.Empty(roster.Overrides);
    }
}
