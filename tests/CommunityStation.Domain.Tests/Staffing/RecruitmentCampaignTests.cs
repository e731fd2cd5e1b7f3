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

    private static PersonParticulars Particulars(string name, DateOnly? born = null, Education education = Education.Bachelor, ComputerSkill computer = ComputerSkill.Level2, bool socialWork = false)
    {
        var first17 = $"320282{born ?? new DateOnly(1996, 1, 1):yyyyMMdd}{Random.Shared.Next(100, 999)}";
        return PersonParticulars.Create(name, first17 + ChineseIdNumber.ComputeCheckCharacter(first17), "13800000000", education, computer, socialWork, false, "H3");
    }

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

        public Dictionary<Guid, StationRoster> Rosters { get; } = new() { [StationA] = new(Tenant, StationA, []), [StationB] = new(Tenant, StationB, []) };

        public Dictionary<Guid, Guid> Communities { get; } = new() { [StationA] = Guid.NewGuid(), [StationB] = Guid.NewGuid() };

        public CampaignApplicant Register(PersonParticulars particulars, Person? registered = null)
        {
            // Ids are time-ordered (v7) to the millisecond, and "earlier registration" is the id's order: give
            // each applicant its own second, as registrations at a desk are, not three in one millisecond.
            var applicant = Value.Register(Guid.CreateVersion7(DateTimeOffset.UnixEpoch.AddSeconds(Applicants.Count)), particulars, registered, StaffingFixture.Defaults);
            Applicants.Add(applicant);
            return applicant;
        }

        public CampaignApplicant Apply(string name, decimal? exam, decimal? assessment, bool socialWork = false, bool? passed = null, Education education = Education.Bachelor)
        {
            var applicant = Register(Particulars(name, education: education, socialWork: socialWork));
            Value.Score(applicant, exam, assessment, passed);
            return applicant;
        }

        public IReadOnlyList<CampaignApplicant> Rank() => Value.Rank(Applicants);

        /// <summary>Hires whoever is next in line into <paramref name="station"/> (default A), as the Hire page does.</summary>
        public Hiring HireNext(Guid? station = null, DateOnly? on = null, Person? registered = null)
        {
            var at = station ?? StationA;
            var next = Value.NextInLine(Applicants);
            return Value.Hire(Applicants, next?.Id ?? Guid.Empty, at, Rosters[at], Communities[at], registered, on ?? Today);
        }

        /// <summary>Hires until a vacancy or the ranking runs out, each at the first station with a vacancy left.</summary>
        public IReadOnlyList<Hiring> HireAll()
        {
            var hired = new List<Hiring>();
            while (Value.NextInLine(Applicants) is not null && Value.OpenVacancies(Applicants).FirstOrDefault(v => v.Value > 0) is { Value: > 0 } open)
            {
                hired.Add(HireNext(open.Key));
            }

            return hired;
        }
    }

    [Fact]
    public void H4_the_best_ranked_are_hired_in_order_each_at_the_station_the_town_chooses()
    {
        var campaign = new Campaign(vacanciesA: 1, vacanciesB: 1);
        var third = campaign.Apply("丙", 70, 70);
        var first = campaign.Apply("甲", 90, 90);
        var second = campaign.Apply("乙", 80, 80);

        var toB = campaign.HireNext(StationB);
        var toA = campaign.HireNext(StationA);

        Assert.Equal((first.Id, StationB), (toB.Applicant.Id, first.HiredAtStation!.Value));
        Assert.Equal((second.Id, StationA), (toA.Applicant.Id, second.HiredAtStation!.Value));
        Assert.Null(third.HiredAtStation);
        Assert.Equal(Today, first.HiredOn);
    }

    [Fact]
    public void H4_each_hire_gets_a_three_year_channel_b_contract_a_full_time_staff_post_and_the_station_staff_side()
    {
        var campaign = new Campaign(vacanciesA: 1);
        campaign.Apply("甲", 90, 90);

        var hiring = campaign.HireNext();

        Assert.Equal(HiringChannel.B, hiring.Contract.Channel);
        Assert.Equal(Today, hiring.Contract.Start);
        Assert.Equal(Today.AddYears(3).AddDays(-1), hiring.Contract.End);
        Assert.Equal(hiring.Person.Id, hiring.Post.PersonId);
        Assert.Equal(hiring.Person.Id, hiring.Contract.PersonId);
        Assert.Equal(PostKind.Staff, hiring.Post.Kind);
        Assert.True(hiring.Post.FullTime);
        Assert.Contains(hiring.Post, campaign.Rosters[StationA].Current);
        Assert.Equal(WorkforceSide.StationStaff, hiring.Side.Side);
        Assert.Equal(campaign.Communities[StationA], hiring.Side.CommunityId);
    }

    [Fact]
    public void H3_an_outside_applicant_lives_on_the_campaign_and_becomes_a_person_of_the_register_only_when_hired()
    {
        var campaign = new Campaign(vacanciesA: 1);
        var applicant = campaign.Register(Particulars("外来甲", new DateOnly(1997, 3, 4), socialWork: true));
        campaign.Value.Score(applicant, 90, 90, null);
        Assert.Null(applicant.PersonId);

        var hiring = campaign.HireNext();

        var person = Assert.IsType<Person>(hiring.NewPerson);
        Assert.Same(person, hiring.Person);
        Assert.Equal((applicant.Name, applicant.IdNumber, applicant.BirthDate, applicant.Phone, true), (person.Name, person.IdNumber, person.BirthDate, person.Phone, person.SocialWorkMajor));
        Assert.Equal(person.Id, applicant.PersonId);
        Assert.Equal(Tenant, person.TenantId);
    }

    [Fact]
    public void H3_an_applicant_already_in_the_register_is_linked_and_hired_as_that_person()
    {
        var campaign = new Campaign(vacanciesA: 1);
        var registered = new Person(Tenant, Guid.NewGuid(), Particulars("内部乙"));
        var linked = new Campaign(vacanciesA: 1);
        var same = linked.Register(registered.ToParticulars("H3"), registered);
        linked.Value.Score(same, 85, 85, null);

        var hiring = linked.HireNext(registered: registered);

        Assert.Equal(registered.Id, same.PersonId);
        Assert.Null(hiring.NewPerson);
        Assert.Same(registered, hiring.Person);
        Assert.Throws<ArgumentException>(() => campaign.Value.Register(Guid.NewGuid(), Particulars("别人"), registered, StaffingFixture.Defaults));
    }

    [Fact]
    public void H3_registration_refuses_over_35_on_the_closing_date_and_below_computer_level_2()
    {
        var campaign = new Campaign(vacanciesA: 1);

        // 36 on the closing date (born 30 November 1990): over the limit; 35 the day before their birthday is fine.
        var old = Rule.Refuses("H3", () => campaign.Register(Particulars("年长", new DateOnly(1990, 11, 30))));
        campaign.Register(Particulars("刚好", new DateOnly(1990, 12, 1)));
        var computer = Rule.Refuses("H3", () => campaign.Register(Particulars("电脑", computer: ComputerSkill.Basic)));

        Assert.Equal("IdNumber", old.Field);
        Assert.Equal("Computer", computer.Field);
    }

    [Fact]
    public void H3_without_a_bachelors_degree_the_warning_goes_onto_the_contract_with_the_reason()
    {
        var campaign = new Campaign(vacanciesA: 1);
        var applicant = campaign.Apply("甲", 90, 90, education: Education.JuniorCollege);
        Assert.Equal("一般应具有本科学历。（规则 H3）", applicant.Warnings);

        var contract = campaign.HireNext().Contract;

        Assert.Equal("一般应具有本科学历。（规则 H3）", contract.Warnings);
        Assert.NotNull(contract.OverrideReason);
    }

    [Fact]
    public void H3_hiring_waits_until_the_day_after_the_closing_date()
    {
        var campaign = new Campaign(vacanciesA: 1);
        campaign.Apply("甲", 90, 90);

        var refused = Rule.Refuses("H3", () => campaign.HireNext(on: Closing));
        Assert.Contains("2026-11-30", refused.Message, StringComparison.Ordinal);
        Assert.Null(campaign.Applicants[0].HiredAtStation);

        Assert.Equal(Closing.AddDays(1), campaign.HireNext(on: Closing.AddDays(1)).Contract.Start);
    }

    [Fact]
    public void H4_hiring_waits_for_every_applicants_scores_and_says_whose_are_missing()
    {
        var campaign = new Campaign(vacanciesA: 1);
        campaign.Apply("甲", 95, 95);
        campaign.Apply("乙", null, null);
        campaign.Apply("丙", 80, null);

        var refused = Rule.Refuses("H4", () => campaign.HireNext());

        Assert.Equal(["2", "乙、丙"], refused.Arguments);
        Assert.All(campaign.Applicants, a => Assert.Null(a.HiredAtStation));
    }

    [Fact]
    public void H4_hiring_is_refused_when_nobody_is_left_to_hire()
    {
        var campaign = new Campaign(vacanciesA: 2);
        campaign.Apply("甲", 95, 95);
        campaign.HireNext();

        Rule.Refuses("H4", () => campaign.HireNext());
    }

    [Fact]
    public void H4_a_hire_is_refused_when_someone_else_is_next_in_line_by_now()
    {
        var campaign = new Campaign(vacanciesA: 2);
        var first = campaign.Apply("甲", 95, 95);
        var second = campaign.Apply("乙", 90, 90);

        // The official saw 甲 as next; another official hired 甲 meanwhile: 乙 is not hired unseen.
        campaign.HireNext();
        var refused = Rule.Refuses("H4", () => campaign.Value.Hire(campaign.Applicants, first.Id, StationA, campaign.Rosters[StationA], campaign.Communities[StationA], null, Today));

        Assert.Equal(["乙"], refused.Arguments);
        Assert.Null(second.HiredAtStation);
    }

    [Fact]
    public void H5_the_station_chosen_must_be_one_of_the_campaigns_vacancies()
    {
        var campaign = new Campaign(vacanciesA: 1);
        campaign.Apply("甲", 90, 90);
        var elsewhere = Guid.NewGuid();

        var refused = Rule.Refuses("H5", () => campaign.Value.Hire(campaign.Applicants, campaign.Applicants[0].Id, elsewhere, new StationRoster(Tenant, elsewhere, []), Guid.NewGuid(), null, Today));

        Assert.Equal("StationId", refused.Field);
    }

    [Fact]
    public void B4_a_station_whose_vacancies_are_all_filled_takes_no_more_hires()
    {
        var campaign = new Campaign(vacanciesA: 1, vacanciesB: 1);
        campaign.Apply("甲", 95, 95);
        campaign.Apply("乙", 80, 80);
        campaign.HireNext(StationA);

        Assert.Equal("StationId", Rule.Refuses("B4", () => campaign.HireNext(StationA)).Field);
        Assert.Equal("乙", campaign.HireNext(StationB).Applicant.Name);
    }

    [Fact]
    public void H4_after_a_withdrawal_the_next_in_line_is_hired_into_that_vacancy()
    {
        var campaign = new Campaign(vacanciesA: 1);
        var first = campaign.Apply("甲", 95, 95);
        var second = campaign.Apply("乙", 80, 80);

        campaign.Value.Withdraw(first, TestActor.Named("town"), "拟录用时放弃，另有工作", Today);

        Assert.Equal([second.Id], campaign.Rank().Select(a => a.Id));
        Assert.Equal(second.Id, campaign.HireNext().Applicant.Id);
        Assert.Equal((Today, "town", "拟录用时放弃，另有工作"), (first.WithdrawnOn, first.WithdrawnBy, first.WithdrawalReason));
        Assert.Null(first.HiredAtStation);
    }

    [Fact]
    public void H4_an_applicant_who_withdraws_before_the_scores_does_not_hold_up_hiring()
    {
        var campaign = new Campaign(vacanciesA: 1);
        var absent = campaign.Register(Particulars("缺考"));
        var present = campaign.Apply("乙", 80, 80);

        campaign.Value.Withdraw(absent, TestActor.Named("town"), "未参加考试", Today);

        Assert.Empty(campaign.Value.Unscored(campaign.Applicants));
        Assert.Equal(present.Id, campaign.HireNext().Applicant.Id);
        Assert.Equal("H4", Assert.Throws<DomainException>(() => campaign.Value.Score(absent, 90, 90, null)).Rule);
    }

    [Fact]
    public void H4_a_withdrawal_needs_a_reason_happens_once_and_not_after_the_hire()
    {
        var campaign = new Campaign(vacanciesA: 1);
        var hired = campaign.Apply("甲", 95, 95);
        var other = campaign.Apply("乙", 80, 80);
        campaign.HireNext();

        Assert.Equal("Reason", Rule.Refuses("H4", () => campaign.Value.Withdraw(other, TestActor.Named("town"), "  ", Today)).Field);
        Assert.Equal("Reason", Rule.Refuses("H4", () => campaign.Value.Withdraw(hired, TestActor.Named("town"), "不来报到", Today)).Field);
        campaign.Value.Withdraw(other, TestActor.Named("town"), "放弃", Today);
        Rule.Refuses("H4", () => campaign.Value.Withdraw(other, TestActor.Named("town"), "再次", Today));
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
        Assert.Equal(81m, examHeavy.Value.TotalOf(a1));
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
        Assert.Equal(campaign.Value.TotalOf(plain), campaign.Value.TotalOf(social));
        Assert.Equal(social.Id, campaign.HireNext().Applicant.Id);
    }

    [Fact]
    public void H4_social_work_does_not_outrank_a_better_score_by_default()
    {
        var campaign = new Campaign(vacanciesA: 1);
        var better = campaign.Apply("甲", 81, 80);
        campaign.Apply("乙", 80, 79, socialWork: true);

        Assert.Equal(better.Id, campaign.HireNext().Applicant.Id);
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
        Assert.Equal(82.5m, withBonus.Value.TotalOf(social));
        Assert.Equal(plain.Id, tieBreak.Rank()[0].Id);
        Assert.Equal(79.5m, tieBreak.Value.TotalOf(socialNoBonus));
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
        Assert.Equal(90m, campaign.Value.TotalOf(first));
        Assert.True(campaign.Value.Method.IsScored(failed));
        Assert.False(campaign.Value.Method.IsRanked(failed));
        Assert.False(campaign.Value.Method.IsScored(pending));
        campaign.Value.Score(pending, 99, null, false);
        Assert.Equal([first.Id, second.Id], campaign.HireAll().Select(h => h.Applicant.Id));
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
        campaign.HireNext();

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

        // Filled: a hire takes one reserved post off, from the day it was made.
        campaign.HireNext(StationA);
        Assert.Equal(2, campaign.Value.ReservedOn(Today.AddDays(-1), campaign.Applicants)[StationA]);
        Assert.Equal(1, campaign.Value.ReservedOn(Today, campaign.Applicants)[StationA]);
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

        Assert.Equal("B4", Assert.Throws<DomainException>(() => campaign.Register(Particulars("乙"))).Rule);
        Assert.Equal("B4", Assert.Throws<DomainException>(() => campaign.Value.Score(applicant, 80, 80, null)).Rule);
        Assert.Equal("B4", Assert.Throws<DomainException>(() => campaign.HireNext()).Rule);
        Assert.Equal("B4", Assert.Throws<DomainException>(() => campaign.Value.Withdraw(applicant, TestActor.Named("town"), "放弃", Today)).Rule);
    }
}
