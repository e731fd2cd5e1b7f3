using CommunityStation.Domain.Common;
using CommunityStation.Domain.Registration;

namespace CommunityStation.Domain.Staffing;

/// <summary>
/// H3/H4: the town's open recruitment for vacancies at its stations: applicants, exam and assessment
/// scores, a ranking by the method the town recorded for this campaign, and hiring the top candidates
/// into contracts. Its unfilled vacancies are B4's reserved posts until they are filled or it is cancelled.
/// </summary>
public sealed class RecruitmentCampaign : TenantEntity
{
    public const int MaxReasonLength = 200;

    private RecruitmentCampaign(Guid tenantId, Guid id)
        : base(tenantId, id)
    {
        Title = string.Empty;
        Vacancies = [];
        Method = null!;
    }

    public string Title { get; private set; }

    public DateOnly ClosingDate { get; private set; }

    /// <summary>Vacancies per station, as "stationId:count".</summary>
    public List<string> Vacancies { get; private set; }

    /// <summary>H4: the ranking method the town chose when it opened the campaign.</summary>
    public RankingMethod Method { get; private set; }

    /// <summary>The day it was opened; null for campaigns opened before this was recorded.</summary>
    public DateOnly? OpenedOn { get; private set; }

    /// <summary>B4: from this day its unfilled vacancies are no longer reserved.</summary>
    public DateOnly? CancelledOn { get; private set; }

    public string? CancelledBy { get; private set; }

    /// <summary>The user id of <see cref="CancelledBy"/> (null on rows recorded before issue 10); the name is their display name.</summary>
    public Guid? CancelledById { get; private set; }

    public string? CancellationReason { get; private set; }

    public bool IsCancelled => CancelledOn is not null;

    public uint Version { get; private set; }

    public static RecruitmentCampaign Open(Guid tenantId, Guid id, string title, DateOnly closingDate, IReadOnlyDictionary<Guid, int> vacancies, RankingMethod method, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(vacancies);
        ArgumentNullException.ThrowIfNull(method);
        var folded = TextNormalizer.Text(title);
        if (folded.Length is 0 or > 100)
        {
            throw new DomainException("H4", "请填写招聘名称（不超过 100 个字）。", "Title");
        }

        if (vacancies.Count == 0 || vacancies.Values.Any(v => v is < 1 or > 50))
        {
            throw new DomainException("H4", "至少为一个工作站设置 1–50 个岗位。", "Vacancies");
        }

        return new RecruitmentCampaign(tenantId, id)
        {
            Title = folded,
            ClosingDate = closingDate,
            Vacancies = [.. vacancies.Select(v => $"{v.Key:D}:{v.Value}")],
            Method = method,
            OpenedOn = today,
        };
    }

    public IReadOnlyDictionary<Guid, int> VacancyCounts =>
        Vacancies.Select(v => v.Split(':')).ToDictionary(p => Guid.Parse(p[0]), p => int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>H3: registers a person who passed the H3 checks (warnings acknowledged) as an applicant.</summary>
    public CampaignApplicant Register(Guid applicantId, Guid personId, string? warnings)
    {
        EnsureNotCancelled();
        return new CampaignApplicant(TenantId, applicantId, Id, personId, warnings);
    }

    /// <summary>H4: records an applicant's scores, within this campaign's scale (pass/fail when the assessment only qualifies).</summary>
    public void Score(CampaignApplicant applicant, decimal? exam, decimal? assessment, bool? assessmentPassed)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        EnsureNotCancelled();
        if (applicant.CampaignId != Id)
        {
            throw new DomainException("H4", "此人不是本次招聘的报名人员。");
        }

        Method.CheckScores(exam, assessment);
        applicant.Score(exam, Method.Assessment == AssessmentMode.Weighted ? assessment : null, Method.Assessment == AssessmentMode.PassFail ? assessmentPassed : null);
    }

    /// <summary>
    /// H4: the applicants who take a place, best first, by this campaign's <see cref="Method"/>: the
    /// total; then, when the social-work preference is a tie-break, holders first among equal totals;
    /// then the higher exam score; then the earlier registration (applicant ids are time-ordered).
    /// With pass/fail assessment only those who passed take a place, ranked by the exam.
    /// </summary>
    public IReadOnlyList<CampaignApplicant> Rank(IEnumerable<CampaignApplicant> applicants, IReadOnlyDictionary<Guid, Person> people)
    {
        ArgumentNullException.ThrowIfNull(applicants);
        ArgumentNullException.ThrowIfNull(people);
        var tieBreak = Method.Preference == SocialWorkPreference.TieBreak;
        return applicants.Where(a => a.CampaignId == Id && Method.IsRanked(a))
            .OrderByDescending(a => TotalOf(a, people))
            .ThenByDescending(a => tieBreak && people[a.PersonId].HasSocialWorkBackground)
            .ThenByDescending(a => a.ExamScore)
            .ThenBy(a => a.Id) // ids are time-ordered (v7): the earlier registration first
            .ToList();
    }

    /// <summary>The applicant's total by this campaign's method (null until scored).</summary>
    public decimal? TotalOf(CampaignApplicant applicant, IReadOnlyDictionary<Guid, Person> people)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        ArgumentNullException.ThrowIfNull(people);
        return Method.Total(applicant, people[applicant.PersonId].HasSocialWorkBackground);
    }

    /// <summary>
    /// H4: the top-ranked applicants not yet hired fill each station's remaining vacancies, station by
    /// station in the campaign's order, each with a channel-B contract (three years), a full-time staff
    /// post in that station's <paramref name="rosters"/> and a place on the station-staff side of its
    /// community. Refuses when nobody can be hired (no scored applicant left, or no vacancy left) and
    /// when the campaign was cancelled.
    /// </summary>
    public IReadOnlyList<Hiring> Hire(
        IEnumerable<CampaignApplicant> applicants, IReadOnlyDictionary<Guid, Person> people, IReadOnlyDictionary<Guid, StationRoster> rosters,
        IReadOnlyDictionary<Guid, Guid> stationCommunities, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(applicants);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(rosters);
        ArgumentNullException.ThrowIfNull(stationCommunities);
        EnsureNotCancelled();
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

    /// <summary>
    /// B4 "预留若干职数": the vacancies of this campaign still unfilled, per station, reserved on
    /// <paramref name="on"/>. They stay reserved after the closing date, until they are filled or the
    /// campaign is cancelled (from its cancellation day on, nothing is reserved). A campaign is not
    /// counted before the day it was opened.
    /// </summary>
    public IReadOnlyDictionary<Guid, int> ReservedOn(DateOnly on, IEnumerable<CampaignApplicant> applicants)
    {
        ArgumentNullException.ThrowIfNull(applicants);
        if ((CancelledOn is { } cancelled && cancelled <= on) || (OpenedOn is { } opened && opened > on))
        {
            return new Dictionary<Guid, int>();
        }

        var hired = applicants.Where(a => a.CampaignId == Id && a.HiredAtStation is not null).ToList();
        return VacancyCounts.ToDictionary(v => v.Key, v => Math.Max(0, v.Value - hired.Count(a => a.HiredAtStation == v.Key)));
    }

    /// <summary>
    /// B4: the town cancels the campaign; its unfilled vacancies stop being reserved from
    /// <paramref name="today"/>. Those already hired stay hired. A reason is required (it is audited
    /// with the change).
    /// </summary>
    public void Cancel(Actor cancelledBy, string? reason, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(cancelledBy);
        EnsureNotCancelled();
        var text = TextNormalizer.NullIfBlank(reason);
        if (text is null || text.Length > MaxReasonLength)
        {
            throw new DomainException("B4", "请填写撤销原因（不超过 200 个字）。", "Reason");
        }

        CancelledOn = today;
        CancelledBy = cancelledBy.RecordedName;
        CancelledById = cancelledBy.UserId;
        CancellationReason = text;
    }

    private void EnsureNotCancelled()
    {
        if (CancelledOn is { } cancelled)
        {
            throw new DomainException("B4", "本次招聘已于 {0} 撤销。", null, cancelled.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}

/// <summary>One applicant hired by <see cref="RecruitmentCampaign.Hire"/>: what is to be saved for them.</summary>
public sealed record Hiring(CampaignApplicant Applicant, Guid StationId, StationPost Post, Contract Contract, WorkforceAssignment Side);

/// <summary>One applicant of a campaign, registered by town staff after the H3 checks (<see cref="RecruitmentCampaign.Register"/>).</summary>
public sealed class CampaignApplicant : TenantEntity
{
    internal CampaignApplicant(Guid tenantId, Guid id, Guid campaignId, Guid personId, string? warnings)

        : base(tenantId, id)
    {
        CampaignId = campaignId;
        PersonId = personId;
        Warnings = warnings;
    }

    private CampaignApplicant()
    {
    }

    public Guid CampaignId { get; private set; }

    public Guid PersonId { get; private set; }

    public decimal? ExamScore { get; private set; }

    public decimal? AssessmentScore { get; private set; }

    public string? Warnings { get; private set; }

    /// <summary>When the campaign's assessment is pass/fail: whether the applicant passed it.</summary>
    public bool? AssessmentPassed { get; private set; }

    public Guid? HiredAtStation { get; private set; }

    /// <summary>Scores are checked against the campaign's method by <see cref="RecruitmentCampaign.Score"/>.</summary>
    internal void Score(decimal? exam, decimal? assessment, bool? assessmentPassed)
    {
        if (HiredAtStation is not null)
        {
            throw new DomainException("H4", "此人已被聘用，成绩不能再改。", "Exam");
        }

        ExamScore = exam;
        AssessmentScore = assessment;
        AssessmentPassed = assessmentPassed;
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
