namespace CommunityStation.Domain.Tests.Staffing;

/// <summary>H4: ranking by the campaign's own method and hiring the top-ranked candidates; B4: reserved posts.</summary>
public sealed class RecruitmentCampaignTests
{
    private static readonly Guid Tenant = Guid.NewGuid();
    private static readonly Guid StationA = Guid.NewGuid();
    private static readonly Guid StationB = Guid.NewGuid();
    private static readonly DateOnly Opened = new(2026, 10, 1);
    private static readonly DateOnly Closing = new(2026, 11, 30);
    private static readonly DateOnly Today = new(2026, 12, 1);

    /// <summary>The default method: 50/50 out of 100, social work as a tie-break.</summary>
    private static readonly RankingMethod Default = RankingMethod.Defaults(new PolicySettingHistory([]), Today);

    private sealed class Campaign
    {
        public Campaign(int vacanciesA, int vacanciesB = 0, RankingMethod? method = null)
        {
            var vacancies = new Dictionary<Guid, int> { [StationA] = vacanciesA };
            if (vacanciesB > 0)
            {
                vacancies[StationB] = vacanciesB;
            }

            Value = RecruitmentCampaign.Open(Tenant, Guid.NewGuid(), "2026年公开招聘", Closing, vacancies, method ?? Default, Opened);
        }

        public RecruitmentCampaign Value { get; }

        public List<CampaignApplicant> Applicants { get; } = [];

        public Dictionary<Guid, Person> People { get; } = [];

        public Dictionary<Guid, StationRoster> Rosters { get; } = new() { [StationA] = new(Tenant, StationA, []), [StationB] = new(Tenant, StationB, []) };

        public Dictionary<Guid, Guid> Communities { get; } = new() { [StationA] = Guid.NewGuid(), [StationB] = Guid.NewGuid() };

        public CampaignApplicant Apply(string name, decimal? exam, decimal? assessment, bool socialWork = false, string? warnings = null, bool? passed = null)
        {
            var person = StaffingFixture.PersonBorn(new DateOnly(1996, 1, 1), socialWork: socialWork, name: name);
            People[person.Id] = person;
            // Ids are time-ordered (v7) to the millisecond, and "earlier registration" is the id's order: give
            // each applicant its own second, as registrations at a desk are, not three in one millisecond.
            var applicant = Value.Register(Guid.CreateVersion7(DateTimeOffset.UnixEpoch.AddSeconds(Applicants.Count)), person.Id, warnings);
            Value.Score(applicant, exam, assessment, passed);
            Applicants.Add(applicant);
            return applicant;
        }

        public IReadOnlyList<CampaignApplicant> Rank() => Value.Rank(Applicants, People);

        public IReadOnlyList<Hiring> Hire() => Value.Hire(Applicants, People, Rosters, Communities, Today);
    }

    [Fact]
    public void H4_the_best_ranked_candidates_fill_the_vacancies_station_by_station()
    {
        var campaign = new Campaign(vacanciesA: 1, vacanciesB: 1);
        var third = campaign.Apply("丙", 70, 70);
        var first = campaign.Apply("甲", 90, 90);
        var second = campaign.Apply("乙", 80, 80);

        var hired = campaign.Hire();

        Assert.Equal([first.Id, second.Id], hired.Select(h => h.Applicant.Id));
        Assert.Equal(StationA, first.HiredAtStation);
        Assert.Equal(StationB, second.HiredAtStation);
        Assert.Null(third.HiredAtStation);
    }

    [Fact]
    public void H4_each_hire_gets_a_three_year_channel_b_contract_a_full_time_staff_post_and_the_station_staff_side()
    {
        var campaign = new Campaign(vacanciesA: 1);
        var applicant = campaign.Apply("甲", 90, 90);

        var hiring = Assert.Single(campaign.Hire());

        Assert.Equal(HiringChannel.B, hiring.Contract.Channel);
        Assert.Equal(Today, hiring.Contract.Start);
        Assert.Equal(Today.AddYears(3).AddDays(-1), hiring.Contract.End);
        Assert.Equal(applicant.PersonId, hiring.Post.PersonId);
        Assert.Equal(PostKind.Staff, hiring.Post.Kind);
        Assert.True(hiring.Post.FullTime);
        Assert.Contains(hiring.Post, campaign.Rosters[StationA].Current);
        Assert.Equal(WorkforceSide.StationStaff, hiring.Side.Side);
        Assert.Equal(campaign.Communities[StationA], hiring.Side.CommunityId);
    }

    [Fact]
    public void H3_an_acknowledged_warning_goes_onto_the_contract_with_the_reason()
    {
        var campaign = new Campaign(vacanciesA: 1);
        campaign.Apply("甲", 90, 90, warnings: "一般应具有本科学历（规则 H3）。");

        var contract = Assert.Single(campaign.Hire()).Contract;

        Assert.Equal("一般应具有本科学历（规则 H3）。", contract.Warnings);
        Assert.NotNull(contract.OverrideReason);
    }

    [Fact]
    public void H4_unscored_applicants_and_those_already_hired_are_not_hired_again()
    {
        var campaign = new Campaign(vacanciesA: 2);
        var earlier = campaign.Apply("甲", 95, 95);
        earlier.MarkHired(StationA);
        campaign.Apply("乙", null, null);
        var scored = campaign.Apply("丙", 60, 60);

        var hired = campaign.Hire();

        Assert.Equal([scored.Id], hired.Select(h => h.Applicant.Id));
    }

    [Fact]
    public void H4_hiring_is_refused_when_every_vacancy_is_filled()
    {
        var campaign = new Campaign(vacanciesA: 1);
        campaign.Apply("甲", 95, 95).MarkHired(StationA);
        campaign.Apply("乙", 80, 80);

        Rule.Refuses("H4", () => campaign.Hire());
    }

    [Fact]
    public void H4_hiring_is_refused_when_nobody_has_been_scored()
    {
        var campaign = new Campaign(vacanciesA: 1);
        campaign.Apply("甲", null, null);

        Rule.Refuses("H4", () => campaign.Hire());
    }

    // H4: the campaign's own method.
    [Fact]
    public void H4_the_defaults_are_half_exam_half_assessment_out_of_100_with_social_work_as_a_tie_break()
    {
        Assert.Equal(AssessmentMode.Weighted, Default.Assessment);
        Assert.Equal(0.5m, Default.ExamWeight);
        Assert.Equal(0.5m, Default.AssessmentWeight);
        Assert.Equal(100m, Default.MaxScore);
        Assert.Equal(SocialWorkPreference.TieBreak, Default.Preference);
        Assert.Equal(0m, Default.BonusPoints);
    }

    [Fact]
    public void H4_the_defaults_come_from_the_settings_in_force_on_the_day()
    {
        var settings = new PolicySettingHistory(
        [
            new PolicySetting(Guid.NewGuid(), PolicySettingKeys.ExamWeight, 0.7m, new DateOnly(2026, 6, 1), DateTimeOffset.UnixEpoch, TestActor.Named("bureau"), null),
            new PolicySetting(Guid.NewGuid(), PolicySettingKeys.ScoreScale, 150m, new DateOnly(2026, 6, 1), DateTimeOffset.UnixEpoch, TestActor.Named("bureau"), null),
        ]);

        var before = RankingMethod.Defaults(settings, new DateOnly(2026, 5, 31));
        var after = RankingMethod.Defaults(settings, new DateOnly(2026, 6, 1));

        Assert.Equal((0.5m, 0.5m, 100m), (before.ExamWeight, before.AssessmentWeight, before.MaxScore));
        Assert.Equal((0.7m, 0.3m, 150m), (after.ExamWeight, after.AssessmentWeight, after.MaxScore));
        Assert.Equal(SocialWorkPreference.TieBreak, after.Preference);
    }

    [Fact]
    public void H4_an_exam_weight_of_1_in_the_settings_makes_the_assessment_pass_fail_by_default() =>
        Assert.Equal(AssessmentMode.PassFail, RankingMethod.Defaults(new PolicySettingHistory(
            [new PolicySetting(Guid.NewGuid(), PolicySettingKeys.ExamWeight, 1m, new DateOnly(2026, 1, 1), DateTimeOffset.UnixEpoch, TestActor.Named("bureau"), null)]), Today).Assessment);

    [Fact]
    public void H4_ranking_uses_the_campaign_weights()
    {
        // 甲 is stronger in the exam, 乙 in the assessment: the weights decide.
        var examHeavy = new Campaign(1, method: RankingMethod.Create(AssessmentMode.Weighted, 0.7m, 0.3m, 100m, SocialWorkPreference.TieBreak, null));
        var a1 = examHeavy.Apply("甲", 90, 60);
        examHeavy.Apply("乙", 60, 90);
        var assessmentHeavy = new Campaign(1, method: RankingMethod.Create(AssessmentMode.Weighted, 0.3m, 0.7m, 100m, SocialWorkPreference.TieBreak, null));
        assessmentHeavy.Apply("甲", 90, 60);
        var b2 = assessmentHeavy.Apply("乙", 60, 90);

        Assert.Equal(a1.Id, examHeavy.Rank()[0].Id);
        Assert.Equal(81m, examHeavy.Value.TotalOf(a1, examHeavy.People));
        Assert.Equal(b2.Id, assessmentHeavy.Rank()[0].Id);
    }

    [Fact]
    public void H4_weights_must_add_up_to_100_percent()
    {
        var error = Assert.Throws<DomainException>(() => RankingMethod.Create(AssessmentMode.Weighted, 0.6m, 0.5m, 100m, SocialWorkPreference.TieBreak, null));
        Assert.Equal(("H4", "AssessmentWeight"), (error.Rule, error.Field));
    }

    [Fact]
    public void H4_a_weight_of_0_is_refused_in_favour_of_pass_fail() =>
        Assert.Equal("ExamWeight", Assert.Throws<DomainException>(() => RankingMethod.Create(AssessmentMode.Weighted, 0m, 1m, 100m, SocialWorkPreference.TieBreak, null)).Field);

    [Theory]
    [InlineData(null)]
    [InlineData(9)]
    [InlineData(501)]
    public void H4_the_scale_is_between_10_and_500(int? scale) =>
        Assert.Equal("MaxScore", Assert.Throws<DomainException>(() => RankingMethod.Create(AssessmentMode.Weighted, 0.5m, 0.5m, scale, SocialWorkPreference.TieBreak, null)).Field);

    [Fact]
    public void H4_scores_are_within_the_campaign_scale()
    {
        var campaign = new Campaign(1, method: RankingMethod.Create(AssessmentMode.Weighted, 0.5m, 0.5m, 150m, SocialWorkPreference.TieBreak, null));

        var ok = campaign.Apply("甲", 150, 120);
        var exam = Assert.Throws<DomainException>(() => campaign.Apply("乙", 151, 100));
        var assessment = Assert.Throws<DomainException>(() => campaign.Apply("丙", 100, 150.5m));
        var negative = Assert.Throws<DomainException>(() => campaign.Apply("丁", -1, 100));

        Assert.Equal(150m, ok.ExamScore);
        Assert.Equal(("H4", "Exam"), (exam.Rule, exam.Field));
        Assert.Equal(("H4", "Assessment"), (assessment.Rule, assessment.Field));
        Assert.Equal("Exam", negative.Field);
    }

    [Fact]
    public void H4_a_score_above_100_is_refused_on_the_default_scale() =>
        Assert.Equal("Exam", Assert.Throws<DomainException>(() => new Campaign(1).Apply("甲", 101, 50)).Field);

    [Fact]
    public void H4_social_work_preference_breaks_ties_by_default()
    {
        var campaign = new Campaign(vacanciesA: 1);
        var plain = campaign.Apply("甲", 80, 80);
        var social = campaign.Apply("乙", 80, 80, socialWork: true);

        Assert.Equal([social.Id, plain.Id], campaign.Rank().Select(a => a.Id));
        Assert.Equal(campaign.Value.TotalOf(plain, campaign.People), campaign.Value.TotalOf(social, campaign.People));
        Assert.Equal(social.Id, Assert.Single(campaign.Hire()).Applicant.Id);
    }

    [Fact]
    public void H4_social_work_does_not_outrank_a_better_score_by_default()
    {
        var campaign = new Campaign(vacanciesA: 1);
        var better = campaign.Apply("甲", 81, 80);
        campaign.Apply("乙", 80, 79, socialWork: true);

        Assert.Equal(better.Id, Assert.Single(campaign.Hire()).Applicant.Id);
    }

    [Fact]
    public void H4_bonus_points_only_when_the_town_chooses_them()
    {
        var withBonus = new Campaign(1, method: RankingMethod.Create(AssessmentMode.Weighted, 0.5m, 0.5m, 100m, SocialWorkPreference.BonusPoints, 3m));
        withBonus.Apply("甲", 82, 80);
        var social = withBonus.Apply("乙", 80, 79, socialWork: true);
        var tieBreak = new Campaign(1);
        var plain = tieBreak.Apply("甲", 82, 80);
        var socialNoBonus = tieBreak.Apply("乙", 80, 79, socialWork: true);

        Assert.Equal(social.Id, withBonus.Rank()[0].Id);
        Assert.Equal(82.5m, withBonus.Value.TotalOf(social, withBonus.People));
        Assert.Equal(plain.Id, tieBreak.Rank()[0].Id);
        Assert.Equal(79.5m, tieBreak.Value.TotalOf(socialNoBonus, tieBreak.People));
    }

    [Fact]
    public void H4_with_bonus_points_social_work_does_not_also_break_ties()
    {
        var campaign = new Campaign(1, method: RankingMethod.Create(AssessmentMode.Weighted, 0.5m, 0.5m, 100m, SocialWorkPreference.BonusPoints, 2m));
        var plain = campaign.Apply("甲", 84, 80);
        var social = campaign.Apply("乙", 80, 80, socialWork: true);

        // Both 82: the bonus is the whole preference; the next tie-break is the exam.
        Assert.Equal([plain.Id, social.Id], campaign.Rank().Select(a => a.Id));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(100)]
    public void H4_bonus_points_are_above_0_and_below_the_scale(int? bonus) =>
        Assert.Equal("BonusPoints", Assert.Throws<DomainException>(() => RankingMethod.Create(AssessmentMode.Weighted, 0.5m, 0.5m, 100m, SocialWorkPreference.BonusPoints, bonus)).Field);

    [Fact]
    public void H4_a_bonus_typed_while_the_preference_is_a_tie_break_is_not_applied() =>
        Assert.Equal(0m, RankingMethod.Create(AssessmentMode.Weighted, 0.5m, 0.5m, 100m, SocialWorkPreference.TieBreak, 5m).BonusPoints);

    [Fact]
    public void H4_pass_fail_assessment_ranks_by_exam()
    {
        var campaign = new Campaign(2, method: RankingMethod.Create(AssessmentMode.PassFail, null, null, 100m, SocialWorkPreference.TieBreak, null));
        var second = campaign.Apply("甲", 85, null, passed: true);
        var failed = campaign.Apply("乙", 95, null, passed: false);
        var first = campaign.Apply("丙", 90, null, passed: true);
        var pending = campaign.Apply("丁", 99, null);

        Assert.Equal([first.Id, second.Id], campaign.Rank().Select(a => a.Id));
        Assert.Equal(90m, campaign.Value.TotalOf(first, campaign.People));
        Assert.True(campaign.Value.Method.IsScored(failed));
        Assert.False(campaign.Value.Method.IsRanked(failed));
        Assert.False(campaign.Value.Method.IsScored(pending));
        Assert.Equal([first.Id, second.Id], campaign.Hire().Select(h => h.Applicant.Id));
    }

    [Fact]
    public void H4_pass_fail_keeps_no_assessment_score()
    {
        var campaign = new Campaign(1, method: RankingMethod.Create(AssessmentMode.PassFail, 0.5m, 0.5m, 100m, SocialWorkPreference.TieBreak, null));
        var applicant = campaign.Apply("甲", 85, 70, passed: true);

        Assert.Null(applicant.AssessmentScore);
        Assert.Equal((1m, 0m), (campaign.Value.Method.ExamWeight, campaign.Value.Method.AssessmentWeight));
    }

    [Fact]
    public void H4_pass_fail_with_equal_exams_gives_the_place_to_social_work()
    {
        var campaign = new Campaign(1, method: RankingMethod.Create(AssessmentMode.PassFail, null, null, 100m, SocialWorkPreference.TieBreak, null));
        campaign.Apply("甲", 88, null, passed: true);
        var social = campaign.Apply("乙", 88, null, socialWork: true, passed: true);

        Assert.Equal(social.Id, campaign.Rank()[0].Id);
    }

    [Fact]
    public void H4_remaining_ties_go_to_the_higher_exam_then_the_earlier_registration()
    {
        var campaign = new Campaign(1);
        var earlier = campaign.Apply("甲", 80, 80);
        var exam = campaign.Apply("乙", 82, 78);
        var later = campaign.Apply("丙", 80, 80);

        Assert.Equal([exam.Id, earlier.Id, later.Id], campaign.Rank().Select(a => a.Id));
    }

    [Fact]
    public void H4_a_hired_applicants_scores_cannot_be_changed()
    {
        var campaign = new Campaign(1);
        var applicant = campaign.Apply("甲", 80, 80);
        applicant.MarkHired(StationA);

        Assert.Throws<DomainException>(() => campaign.Value.Score(applicant, 90, 90, null));
    }

    // B4: reserved posts.
    [Fact]
    public void B4_reserved_posts_stay_until_filled_or_cancelled()
    {
        var campaign = new Campaign(vacanciesA: 2, vacanciesB: 1);
        campaign.Apply("甲", 90, 90);
        var longAfterClosing = Closing.AddMonths(6);

        // Open and after closing, with nobody hired: every vacancy stays reserved.
        Assert.Equal(2, campaign.Value.ReservedOn(Opened, campaign.Applicants)[StationA]);
        Assert.Equal(2, campaign.Value.ReservedOn(longAfterClosing, campaign.Applicants)[StationA]);
        Assert.Equal(1, campaign.Value.ReservedOn(longAfterClosing, campaign.Applicants)[StationB]);

        // Filled: a hire takes one reserved post off.
        campaign.Hire();
        Assert.Equal(1, campaign.Value.ReservedOn(longAfterClosing, campaign.Applicants)[StationA]);
        Assert.Equal(1, campaign.Value.ReservedOn(longAfterClosing, campaign.Applicants)[StationB]);

        // Cancelled: nothing reserved from the cancellation day, still reserved the day before.
        var cancelledOn = longAfterClosing.AddDays(1);
        campaign.Value.Cancel(TestActor.Named("town"), "岗位调整，本年度不再招聘", cancelledOn);
        Assert.Equal(1, campaign.Value.ReservedOn(longAfterClosing, campaign.Applicants)[StationA]);
        Assert.Empty(campaign.Value.ReservedOn(cancelledOn, campaign.Applicants));
    }

    [Fact]
    public void B4_a_campaign_reserves_nothing_before_it_was_opened() =>
        Assert.Empty(new Campaign(1).Value.ReservedOn(Opened.AddDays(-1), []));

    [Fact]
    public void B4_cancelling_needs_a_reason_and_happens_once()
    {
        var campaign = new Campaign(1).Value;

        Assert.Equal(("B4", "Reason"), (Assert.Throws<DomainException>(() => campaign.Cancel(TestActor.Named("town"), "  ", Today)) is var e ? (e.Rule, e.Field) : default));
        campaign.Cancel(TestActor.Named("town"), "不再招聘", Today);
        Assert.Equal((Today, "town", "不再招聘"), (campaign.CancelledOn, campaign.CancelledBy, campaign.CancellationReason));
        Assert.Throws<DomainException>(() => campaign.Cancel(TestActor.Named("town"), "再次", Today));
    }

    [Fact]
    public void B4_a_cancelled_campaign_takes_no_applicants_scores_or_hires()
    {
        var campaign = new Campaign(1);
        var applicant = campaign.Apply("甲", 90, 90);
        campaign.Value.Cancel(TestActor.Named("town"), "不再招聘", Today);

        Assert.Equal("B4", Assert.Throws<DomainException>(() => campaign.Value.Register(Guid.NewGuid(), Guid.NewGuid(), null)).Rule);
        Assert.Equal("B4", Assert.Throws<DomainException>(() => campaign.Value.Score(applicant, 80, 80, null)).Rule);
        Assert.Equal("B4", Assert.Throws<DomainException>(campaign.Hire).Rule);
    }
}
