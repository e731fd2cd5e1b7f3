using CommunityStation.Domain.Common;

namespace CommunityStation.Domain.Staffing;

/// <summary>
/// H3/H4: the town's open recruitment for vacancies at its stations: applicants, exam and assessment
/// scores, a ranking with the social-work preference, and hiring the top candidates into contracts.
/// </summary>
public sealed class RecruitmentCampaign : ITenantOwned
{
    /// <summary>H3 "优先": social-work graduates and certificate holders get this many points added.</summary>
    public const decimal SocialWorkBonus = 2m;

    private RecruitmentCampaign()
    {
        Title = string.Empty;
        Vacancies = [];
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public string Title { get; private set; }

    public DateOnly ClosingDate { get; private set; }

    /// <summary>Vacancies per station, as "stationId:count".</summary>
    public List<string> Vacancies { get; private set; }

    public uint Version { get; private set; }

    public static RecruitmentCampaign Open(Guid tenantId, Guid id, string title, DateOnly closingDate, IReadOnlyDictionary<Guid, int> vacancies)
    {
        ArgumentNullException.ThrowIfNull(vacancies);
        var folded = TextNormalizer.Text(title);
        if (folded.Length is 0 or > 100)
        {
            throw new DomainException("H4", "请填写招聘名称（不超过 100 个字）。", "Title");
        }

        if (vacancies.Count == 0 || vacancies.Values.Any(v => v is < 1 or > 50))
        {
            throw new DomainException("H4", "至少为一个工作站设置 1–50 个岗位。", "Vacancies");
        }

        return new RecruitmentCampaign
        {
            TenantId = tenantId,
            Id = id,
            Title = folded,
            ClosingDate = closingDate,
            Vacancies = [.. vacancies.Select(v => $"{v.Key:D}:{v.Value}")],
        };
    }

    public IReadOnlyDictionary<Guid, int> VacancyCounts =>
        Vacancies.Select(v => v.Split(':')).ToDictionary(p => Guid.Parse(p[0]), p => int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>H4: ranked by exam and assessment (60/40) plus the social-work bonus; ties go to the social-work background, then the exam.</summary>
    public static IReadOnlyList<CampaignApplicant> Rank(IEnumerable<CampaignApplicant> applicants, IReadOnlyDictionary<Guid, Person> people) =>
        applicants.Where(a => a.ExamScore is not null && a.AssessmentScore is not null)
            .OrderByDescending(a => a.TotalScore(people[a.PersonId]))
            .ThenByDescending(a => people[a.PersonId].HasSocialWorkBackground)
            .ThenByDescending(a => a.ExamScore)
            .ToList();

    /// <summary>
    /// H4: the top-ranked applicants not yet hired fill each station's remaining vacancies, station by
    /// station in the campaign's order, each with a channel-B contract (three years), a full-time staff
    /// post in that station's <paramref name="rosters"/> and a place on the station-staff side of its
    /// community. Refuses when nobody can be hired (no scored applicant left, or no vacancy left).
    /// </summary>
    public IReadOnlyList<Hiring> Hire(
        IEnumerable<CampaignApplicant> applicants, IReadOnlyDictionary<Guid, Person> people, IReadOnlyDictionary<Guid, StationRoster> rosters,
        IReadOnlyDictionary<Guid, Guid> stationCommunities, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(applicants);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(rosters);
        ArgumentNullException.ThrowIfNull(stationCommunities);
        var all = applicants.Where(a => a.CampaignId == Id).ToList();
        var queue = new Queue<CampaignApplicant>(Rank(all.Where(a => a.HiredAtStation is null), people));
        var hired = new List<Hiring>();
        foreach (var (stationId, vacancies) in VacancyCounts)
        {
            var roster = rosters[stationId];
            for (var filled = all.Count(a => a.HiredAtStation == stationId); filled < vacancies && queue.Count > 0; filled++)
            {
                var applicant = queue.Dequeue();
                var person = people[applicant.PersonId];
                applicant.MarkHired(stationId);
                var post = roster.AddStaff(person, fullTime: true, [], today);
                var contract = Contract.Sign(TenantId, Guid.CreateVersion7(), person.Id, stationId, HiringChannel.B, today, today.AddYears(3).AddDays(-1), null,
                    applicant.Warnings is null ? [] : [applicant.Warnings], applicant.Warnings is null ? null : "公开招聘考试、考核择优录用（规则 H4）");
                var side = new WorkforceAssignment(TenantId, Guid.CreateVersion7(), person.Id, stationCommunities[stationId], WorkforceSide.StationStaff, today, null);
                hired.Add(new Hiring(applicant, stationId, post, contract, side));
            }
        }

        if (hired.Count == 0)
        {
            throw new DomainException("H4", "没有可录用的候选人：须先录入考试和考核成绩，且尚有空缺岗位。");
        }

        return hired;
    }
}

/// <summary>One applicant hired by <see cref="RecruitmentCampaign.Hire"/>: what is to be saved for them.</summary>
public sealed record Hiring(CampaignApplicant Applicant, Guid StationId, StationPost Post, Contract Contract, WorkforceAssignment Side);

/// <summary>One applicant of a campaign, registered by town staff after the H3 checks.</summary>
public sealed class CampaignApplicant : ITenantOwned
{
    public CampaignApplicant(Guid tenantId, Guid id, Guid campaignId, Guid personId, string? warnings)
    {
        TenantId = tenantId;
        Id = id;
        CampaignId = campaignId;
        PersonId = personId;
        Warnings = warnings;
    }

    private CampaignApplicant()
    {
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public Guid CampaignId { get; private set; }

    public Guid PersonId { get; private set; }

    public decimal? ExamScore { get; private set; }

    public decimal? AssessmentScore { get; private set; }

    public string? Warnings { get; private set; }

    public Guid? HiredAtStation { get; private set; }

    public decimal TotalScore(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return Math.Round(((ExamScore ?? 0) * 0.6m) + ((AssessmentScore ?? 0) * 0.4m) + (person.HasSocialWorkBackground ? RecruitmentCampaign.SocialWorkBonus : 0), 2);
    }

    public void Score(decimal? exam, decimal? assessment)
    {
        if (exam is < 0 or > 100 || assessment is < 0 or > 100)
        {
            throw new DomainException("H4", "成绩须在 0 到 100 之间。", "Scores");
        }

        ExamScore = exam;
        AssessmentScore = assessment;
    }

    public void MarkHired(Guid stationId)
    {
        if (HiredAtStation is not null)
        {
            throw new DomainException("H4", "此人已被聘用。");
        }

        HiredAtStation = stationId;
    }
}
