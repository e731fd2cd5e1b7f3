using CommunityStation.Domain.Staffing;

namespace CommunityStation.Domain.Tests.Staffing;

/// <summary>H4: hiring the top-ranked candidates into a campaign's vacancies.</summary>
public sealed class RecruitmentCampaignTests
{
    private static readonly Guid Tenant = Guid.NewGuid();
    private static readonly Guid StationA = Guid.NewGuid();
    private static readonly Guid StationB = Guid.NewGuid();
    private static readonly DateOnly Today = new(2026, 12, 1);

    private sealed class Campaign
    {
        public Campaign(int vacanciesA, int vacanciesB = 0)
        {
            var vacancies = new Dictionary<Guid, int> { [StationA] = vacanciesA };
            if (vacanciesB > 0)
            {
                vacancies[StationB] = vacanciesB;
            }

            Value = RecruitmentCampaign.Open(Tenant, Guid.NewGuid(), "2026年公开招聘", new DateOnly(2026, 11, 30), vacancies);
        }

        public RecruitmentCampaign Value { get; }

        public List<CampaignApplicant> Applicants { get; } = [];

        public Dictionary<Guid, Person> People { get; } = [];

        public Dictionary<Guid, StationRoster> Rosters { get; } = new() { [StationA] = new(Tenant, StationA, []), [StationB] = new(Tenant, StationB, []) };

        public Dictionary<Guid, Guid> Communities { get; } = new() { [StationA] = Guid.NewGuid(), [StationB] = Guid.NewGuid() };

        public CampaignApplicant Apply(string name, decimal? exam, decimal? assessment, bool socialWork = false, string? warnings = null)
        {
            var person = StaffingTests.PersonBorn(new DateOnly(1996, 1, 1), socialWork: socialWork, name: name);
            People[person.Id] = person;
            var applicant = new CampaignApplicant(Tenant, Guid.NewGuid(), Value.Id, person.Id, warnings);
            applicant.Score(exam, assessment);
            Applicants.Add(applicant);
            return applicant;
        }

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

    [Fact]
    public void H3_the_social_work_preference_decides_who_is_hired()
    {
        var campaign = new Campaign(vacanciesA: 1);
        campaign.Apply("甲", 81, 80);
        var social = campaign.Apply("乙", 80, 79, socialWork: true);

        Assert.Equal(social.Id, Assert.Single(campaign.Hire()).Applicant.Id);
    }
}
