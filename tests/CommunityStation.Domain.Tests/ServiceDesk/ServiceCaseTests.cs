namespace CommunityStation.Domain.Tests.ServiceDesk;

public sealed class ServiceCaseTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);
    private static readonly CaseOwner Desk = new(Guid.NewGuid(), "王芳");

    /// <summary>A stand-in for the portal's data protection: the receipt keeps the token "sealed".</summary>
    private static string Sealed(string token) => "sealed:" + token;

    private static (ServiceCase Case, string Token) NewCase(CaseChannel channel = CaseChannel.WalkIn, bool consent = false) =>
        ServiceCase.Receive(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "YI01", 2026, 17, null, null, "D5", Guid.NewGuid(), 5, CommunityStation.Domain.Calendar.WorkingCalendar.WeekdaysOnly, channel, consent, "申请低保", Desk, Now, 30, Sealed);

    [Fact]
    public void P2_a_received_case_has_a_number_a_promised_date_and_a_named_owner()
    {
        var (c, token) = NewCase();
        Assert.Equal("YI01-2026-000017", c.Number);
        Assert.Equal(new DateOnly(2026, 12, 3), c.PromisedBy); // Thursday + 5 working days
        Assert.Equal("王芳", c.OwnerName);
        Assert.Equal(CaseStatus.Received, c.Status);
        Assert.True(token.Length >= 32);
        Assert.NotEqual(token, c.RatingTokenHash);
    }

    [Fact]
    public void P2_on_behalf_of_a_resident_needs_recorded_consent()
    {
        Rule.Refuses("P2", () => NewCase(CaseChannel.OnBehalf, consent: false));
        Assert.Equal(CaseChannel.OnBehalf, NewCase(CaseChannel.OnBehalf, consent: true).Case.Channel);
    }

    [Fact]
    public void Received_to_in_progress_to_completed_with_a_result()
    {
        var (c, _) = NewCase();
        c.Start(TestActor.Named("王芳"), Now);
        c.Complete(TestActor.Named("王芳"), "已办结，材料已报送民政办。", Now);
        Assert.Equal(CaseStatus.Completed, c.Status);
        Assert.Equal([CaseAction.Received, CaseAction.Started, CaseAction.Completed], c.Steps.Select(s => s.Action));
    }

    [Fact]
    public void A_case_cannot_be_closed_without_a_result()
    {
        var (c, _) = NewCase();
        Assert.Throws<DomainException>(() => c.Complete(TestActor.Named("王芳"), " ", Now));
        Assert.Equal(CaseStatus.Received, c.Status);
    }

    [Fact]
    public void A_completed_case_cannot_be_completed_again_and_the_message_names_who_did_it()
    {
        var (c, _) = NewCase();
        c.Complete(TestActor.Named("王芳"), "已办结", Now);
        var error = Assert.Throws<DomainException>(() => c.Complete(TestActor.Named("李强"), "再次办结", Now));
        Assert.Contains("王芳", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Starting_is_only_for_a_received_case()
    {
        var (c, _) = NewCase();
        c.Start(TestActor.Named("王芳"), Now);
        Assert.Throws<DomainException>(() => c.Start(TestActor.Named("王芳"), Now));
    }

    [Fact]
    public void P1_a_case_cannot_be_referred_without_a_target()
    {
        var (c, _) = NewCase();
        Rule.Refuses("P1", () => c.Refer(TestActor.Named("王芳"), null, null, "自治事务", Now));
    }

    [Fact]
    public void P1_a_referral_to_a_department_names_the_department()
    {
        var (c, _) = NewCase();
        Assert.Throws<DomainException>(() => c.Refer(TestActor.Named("王芳"), ReferralTarget.Department, " ", "需部门处理", Now));
        c.Refer(TestActor.Named("王芳"), ReferralTarget.Department, "市民政局", "需部门处理", Now);
        Assert.Equal("市民政局", c.ReferralDepartment);
    }

    [Fact]
    public void P1_a_self_governance_matter_goes_to_the_rc_and_can_come_back()
    {
        var (c, _) = NewCase();
        c.Refer(TestActor.Named("王芳"), ReferralTarget.ResidentsCommittee, null, "楼道公约属居民自治", Now);
        Assert.Equal(CaseStatus.Referred, c.Status);
        Assert.Throws<DomainException>(() => c.Complete(TestActor.Named("王芳"), "x", Now));
        c.ReturnFromReferral(TestActor.Named("王芳"), "居委会已答复", Now);
        Assert.Equal(CaseStatus.InProgress, c.Status);
        c.Complete(TestActor.Named("王芳"), "已答复居民", Now);
    }

    [Fact]
    public void P1_a_referral_returned_puts_the_case_back_in_progress_with_the_note_on_its_timeline()
    {
        var (c, _) = NewCase();
        c.Refer(TestActor.Named("王芳"), ReferralTarget.Department, "市住建局", "属部门职责", Now);
        c.ReturnFromReferral(TestActor.Named("王芳"), "住建局退回：需补材料", Now);
        Assert.Equal(CaseStatus.InProgress, c.Status);
        Assert.True(c.IsOpen);
        Assert.Equal((CaseAction.ReferralReturned, "住建局退回：需补材料"), (c.Steps[^1].Action, c.Steps[^1].Note));
    }

    [Fact]
    public void P2_a_referral_ended_with_an_outcome_completes_the_case_with_the_outcome_as_its_result()
    {
        var (c, _) = NewCase();
        c.Refer(TestActor.Named("王芳"), ReferralTarget.ResidentsCommittee, null, "楼道公约属居民自治", Now);
        c.ConcludeReferral(TestActor.Named("李强"), "居委会已召开楼道会议，公约已张贴", Now.AddDays(2));
        Assert.Equal(CaseStatus.Completed, c.Status);
        Assert.Equal("居委会已召开楼道会议，公约已张贴", c.Result);
        Assert.Equal(Now.AddDays(2), c.CompletedAt);
        Assert.Equal(ReferralTarget.ResidentsCommittee, c.ReferredTo);
        Assert.Equal(CaseAction.ReferralConcluded, c.Steps[^1].Action);
        Assert.False(c.IsOverdue(new DateOnly(2027, 1, 1)));
    }

    [Fact]
    public void P2_a_referral_cannot_end_without_an_outcome()
    {
        var (c, _) = NewCase();
        c.Refer(TestActor.Named("王芳"), ReferralTarget.ResidentsCommittee, null, "自治事务", Now);
        Assert.Equal("Note", Rule.Refuses("P2", () => c.ConcludeReferral(TestActor.Named("王芳"), "  ", Now)).Field);
        Assert.Equal(CaseStatus.Referred, c.Status);
    }

    [Fact]
    public void P1_only_a_referred_case_ends_with_a_referral_outcome()
    {
        var (c, _) = NewCase();
        Rule.Refuses("P1", () => c.ConcludeReferral(TestActor.Named("王芳"), "已办结", Now));
        c.Refer(TestActor.Named("王芳"), ReferralTarget.ResidentsCommittee, null, "自治事务", Now);
        c.ConcludeReferral(TestActor.Named("王芳"), "已办结", Now);
        Rule.Refuses("P1", () => c.ConcludeReferral(TestActor.Named("王芳"), "再次", Now));
        Rule.Refuses("P1", () => c.ReturnFromReferral(TestActor.Named("王芳"), null, Now));
    }

    [Fact]
    public void M2_a_case_completed_by_its_referrals_outcome_can_be_rated()
    {
        var (c, token) = NewCase();
        c.Refer(TestActor.Named("王芳"), ReferralTarget.Department, "市民政局", "需部门处理", Now);
        Rule.Refuses("M2", () => c.Rate(token, RatingLevel.Satisfied, null, Now));
        c.ConcludeReferral(TestActor.Named("王芳"), "民政局已批复", Now);
        var rating = c.Rate(token, RatingLevel.Satisfied, null, Now.AddDays(1));
        Assert.Equal(RatingLevel.Satisfied, rating.Level);
    }

    [Fact]
    public void M2_the_token_is_sealed_at_intake_and_a_reissue_seals_the_new_one()
    {
        var (c, token) = NewCase();
        Assert.Equal("sealed:" + token, c.ReceiptTokenSealed);

        var fresh = c.ReissueRatingToken(Now, 30, Sealed);

        Assert.Equal("sealed:" + fresh, c.ReceiptTokenSealed);
        Assert.NotEqual(token, fresh);
    }

    [Fact]
    public void M2_a_seal_too_long_for_its_column_is_refused_at_intake() =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            ServiceCase.Receive(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "YI01", 2026, 1, null, null, "D5", Guid.NewGuid(), 5, CommunityStation.Domain.Calendar.WorkingCalendar.WeekdaysOnly,
                CaseChannel.WalkIn, false, "申请低保", Desk, Now, 30, _ => new string('x', ServiceCase.MaxSealedTokenLength + 1)));

    [Fact]
    public void B6_the_public_service_phone_is_a_phone_number_or_none()
    {
        var profile = new StationProfile(Guid.NewGuid(), Guid.NewGuid(), "YI01", "周一至周五");
        profile.SetPhone("（0510）８７６５４３２１");
        Assert.Equal("0510-87654321", profile.Phone);
        Assert.Equal("Phone", Rule.Refuses("B6", () => profile.SetPhone("12345")).Field);
        Assert.Equal("0510-87654321", profile.Phone);
        profile.SetPhone(" ");
        Assert.Null(profile.Phone);
    }

    [Fact]
    public void Taking_back_is_only_for_a_referred_case()
    {
        Assert.Throws<DomainException>(() => NewCase().Case.ReturnFromReferral(TestActor.Named("王芳"), null, Now));
    }

    [Fact]
    public void P2_reassignment_keeps_exactly_one_named_owner_and_is_refused_once_closed()
    {
        var (c, _) = NewCase();
        var other = new CaseOwner(Guid.NewGuid(), "李强");
        c.Reassign(TestActor.Named("王芳"), other, Now);
        Assert.Equal("李强", c.OwnerName);
        c.Complete(TestActor.Named("李强"), "办结", Now);
        Assert.Throws<DomainException>(() => c.Reassign(TestActor.Named("李强"), Desk, Now));
    }

    [Fact]
    public void P2_a_case_is_handed_only_to_the_stations_own_staff()
    {
        var (c, _) = NewCase();
        var colleague = new CaseOwner(Guid.NewGuid(), "李强");
        var refused = Assert.Throws<DomainException>(() => c.Reassign(TestActor.Named("王芳"), Guid.NewGuid(), [Desk, colleague], Now));
        Assert.Equal(("P2", "NewOwner"), (refused.Rule, refused.Field));
        Assert.Throws<DomainException>(() => c.Reassign(TestActor.Named("王芳"), null, [Desk, colleague], Now));
        c.Reassign(TestActor.Named("王芳"), colleague.UserId, [Desk, colleague], Now);
        Assert.Equal("李强", c.OwnerName);
    }

    [Fact]
    public void A_case_past_its_promised_date_and_still_open_is_overdue()
    {
        var (c, _) = NewCase();
        Assert.False(c.IsOverdue(new DateOnly(2026, 12, 3)));
        Assert.True(c.IsOverdue(new DateOnly(2026, 12, 4)));
        c.Complete(TestActor.Named("王芳"), "办结", Now);
        Assert.False(c.IsOverdue(new DateOnly(2026, 12, 4)));
    }

    [Fact]
    public void M2_a_completed_case_is_rated_once_with_its_token()
    {
        var (c, token) = NewCase();
        c.Complete(TestActor.Named("王芳"), "办结", Now);
        var rating = c.Rate(token, RatingLevel.Satisfied, "很好", Now.AddDays(1));
        Assert.Equal("王芳", rating.StaffName);
        Assert.Equal("D5", rating.DutyAreaCode);
        Assert.Throws<DomainException>(() => c.Rate(token, RatingLevel.Dissatisfied, null, Now.AddDays(2)));
    }

    [Fact]
    public void M2_a_wrong_token_is_refused()
    {
        var (c, _) = NewCase();
        c.Complete(TestActor.Named("王芳"), "办结", Now);
        Rule.Refuses("M2", () => c.Rate("not-the-token", RatingLevel.Satisfied, null, Now));
    }

    [Fact]
    public void M2_an_expired_token_is_refused()
    {
        var (c, token) = NewCase();
        c.Complete(TestActor.Named("王芳"), "办结", Now);
        Assert.Throws<DomainException>(() => c.Rate(token, RatingLevel.Satisfied, null, Now.AddDays(31)));
    }

    [Fact]
    public void M2_an_open_case_cannot_be_rated_yet()
    {
        var (c, token) = NewCase();
        Assert.Throws<DomainException>(() => c.Rate(token, RatingLevel.Satisfied, null, Now));
    }

    [Fact]
    public void M2_reissuing_the_link_invalidates_the_old_token()
    {
        var (c, old) = NewCase();
        var fresh = c.ReissueRatingToken(Now, 30, Sealed);
        c.Complete(TestActor.Named("王芳"), "办结", Now);
        Assert.Throws<DomainException>(() => c.Rate(old, RatingLevel.Satisfied, null, Now));
        c.Rate(fresh, RatingLevel.BasicallySatisfied, null, Now);
    }

    [Fact]
    public void M2_roll_ups_count_each_grade_and_the_satisfaction_rate()
    {
        var summary = RatingSummary.From([RatingLevel.Satisfied, RatingLevel.Satisfied, RatingLevel.BasicallySatisfied, RatingLevel.Dissatisfied]);
        Assert.Equal(4, summary.Total);
        Assert.Equal(0.75m, summary.SatisfactionRate);
        Assert.Null(RatingSummary.From([]).SatisfactionRate);
    }

    [Fact]
    public void B5_a_desk_serves_at_least_one_duty_area()
    {
        Rule.Refuses("B5", () => new StationDesk(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 1, "", [], []));
        Assert.Throws<DomainException>(() => new StationDesk(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 1, "", ["D11"], []));
        Assert.Equal(["D4", "D5"], new StationDesk(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 1, "", ["D5", "D4"], []).DutyAreaCodes);
    }

    [Fact]
    public void B6_posted_rules_cannot_be_empty() =>
        Rule.Refuses("B6", () => new StationRuleRevision(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 1, " ", TestActor.Named("head"), Now));
}
