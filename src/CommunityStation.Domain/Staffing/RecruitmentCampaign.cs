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
        var folded = TextNormalizer.FoldWidth(title);
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
}

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
