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
    }

    public string Title { get; private set; } = string.Empty;

    public DateOnly ClosingDate { get; private set; }

    /// <summary>Vacancies per station, as "stationId:count".</summary>
    public List<string> Vacancies { get; private set; } = [];

    /// <summary>H4: the ranking method the town chose when it opened the campaign.</summary>
    public RankingMethod Method { get; private set; } = null!;

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

    public IReadOnlyDictionary<Guid, int> VacancyCounts => CountVacancies(Vacancies);

    /// <summary>The vacancies per station as stored ("station:count"), for a list that reads the column without the entity.</summary>
    public static IReadOnlyDictionary<Guid, int> CountVacancies(IEnumerable<string> stored) =>
        stored.Select(v => v.Split(':')).ToDictionary(p => Guid.Parse(p[0]), p => int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// H3: registers an applicant with their own particulars, checked on the closing date: the age limit and computer
    /// level 2 are hard (refused under the ID number, which gives the age, and the computer level); a missing bachelor's
    /// degree is kept as a warning. <paramref name="registered"/> is the person of the register with the same ID number
    /// (a renewal or internal candidate), linked to the applicant; an outside applicant has none until hired.
    /// </summary>
    public CampaignApplicant Register(Guid applicantId, PersonParticulars particulars, Person? registered, HiringThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(particulars);
        ArgumentNullException.ThrowIfNull(thresholds);
        EnsureNotCancelled();
        if (registered is not null && (registered.TenantId != TenantId || registered.IdNumber != particulars.IdNumber))
        {
            throw new ArgumentException("The linked person must be the register's person with the applicant's ID number.", nameof(registered));
        }

        var warnings = Eligibility.ChannelB(particulars, ClosingDate, thresholds, renewal: false, ageField: "IdNumber", computerField: "Computer");
        return new CampaignApplicant(TenantId, applicantId, Id, particulars, registered?.Id, warnings.Count == 0 ? null : string.Join(" ", warnings.Select(w => w.ToString())));
    }

    /// <summary>H4: records an applicant's scores, within this campaign's scale (pass/fail when the assessment only qualifies).</summary>
    public void Score(CampaignApplicant applicant, decimal? exam, decimal? assessment, bool? assessmentPassed)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        EnsureNotCancelled();
        EnsureOwn(applicant);
        Method.CheckScores(exam, assessment);
        applicant.Score(exam, Method.Assessment == AssessmentMode.Weighted ? assessment : null, Method.Assessment == AssessmentMode.PassFail ? assessmentPassed : null);
    }

    /// <summary>
    /// H4: the applicants who take a place, best first, by this campaign's <see cref="Method"/>: the
    /// total; then, when the social-work preference is a tie-break, holders first among equal totals;
    /// then the higher exam score; then the earlier registration (applicant ids are time-ordered).
    /// With pass/fail assessment only those who passed take a place, ranked by the exam. Those who
    /// withdrew take none.
    /// </summary>
    public IReadOnlyList<CampaignApplicant> Rank(IEnumerable<CampaignApplicant> applicants)
    {
        ArgumentNullException.ThrowIfNull(applicants);
        var tieBreak = Method.Preference == SocialWorkPreference.TieBreak;
        return applicants.Where(a => a.CampaignId == Id && !a.IsWithdrawn && Method.IsRanked(a))
            .OrderByDescending(TotalOf)
            .ThenByDescending(a => tieBreak && a.HasSocialWorkBackground)
            .ThenByDescending(a => a.ExamScore)
            .ThenBy(a => a.Id) // ids are time-ordered (v7): the earlier registration first
            .ToList();
    }

    /// <summary>The applicant's total by this campaign's method (null until scored).</summary>
    public decimal? TotalOf(CampaignApplicant applicant)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        return Method.Total(applicant, applicant.HasSocialWorkBackground);
    }

    /// <summary>H4: who is hired next: the best-ranked applicant not hired yet (null when nobody is left).</summary>
    public CampaignApplicant? NextInLine(IEnumerable<CampaignApplicant> applicants) =>
        Rank(applicants).FirstOrDefault(a => a.HiredAtStation is null);

    /// <summary>Applicants still in the campaign (not withdrawn) whose scores are not all entered: H4 waits for them.</summary>
    public IReadOnlyList<CampaignApplicant> Unscored(IEnumerable<CampaignApplicant> applicants)
    {
        ArgumentNullException.ThrowIfNull(applicants);
        return applicants.Where(a => a.CampaignId == Id && !a.IsWithdrawn && !Method.IsScored(a)).ToList();
    }

    /// <summary>Vacancies still open per station: the campaign's posts less those its hires filled.</summary>
    public IReadOnlyDictionary<Guid, int> OpenVacancies(IEnumerable<CampaignApplicant> applicants)
    {
        ArgumentNullException.ThrowIfNull(applicants);
        var hired = applicants.Where(a => a.CampaignId == Id && a.HiredAtStation is not null).ToList();
        return VacancyCounts.ToDictionary(v => v.Key, v => Math.Max(0, v.Value - hired.Count(a => a.HiredAtStation == v.Key)));
    }

    /// <summary>
    /// H3/H4/H5: hires the next in line into one vacancy at <paramref name="stationId"/>, the station the town chooses
    /// for this hire among the campaign's vacancies (B4). Only after the closing date (H3: applications are open
    /// through it) and only once every applicant still in the campaign has their scores (H4: the ranking is final);
    /// each refusal says what is missing. <paramref name="expected"/> is the applicant the user saw as next in line:
    /// if someone else is next now (another official hired meanwhile), nothing is done. The hire gets a channel-B
    /// contract (three years), a full-time staff post in <paramref name="roster"/> and a place on the station-staff
    /// side of <paramref name="communityId"/>. An outside applicant becomes a person of the register only now
    /// (<see cref="Hiring.NewPerson"/>); one already there (<paramref name="registered"/>, by link or by ID number) is
    /// that person.
    /// </summary>
    public Hiring Hire(
        IEnumerable<CampaignApplicant> applicants, Guid expected, Guid stationId, StationRoster roster, Guid communityId, Person? registered, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(applicants);
        ArgumentNullException.ThrowIfNull(roster);
        EnsureNotCancelled();
        var all = applicants.Where(a => a.CampaignId == Id).ToList();
        if (today <= ClosingDate)
        {
            throw new DomainException("H3", "报名截止日（{0}）之后才能录用：报名到截止日当天为止，截止后才能按考试、考核结果确定人选。", null, Day(ClosingDate));
        }

        if (Unscored(all) is { Count: > 0 } unscored)
        {
            throw new DomainException("H4", "还有 {0} 名报名人员没有录入全部成绩：{1}。全部成绩录入后才能按排名录用；未参加考试或考核的，请先登记放弃。", null,
                unscored.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Join("、", unscored.Select(a => a.Name)));
        }

        if (!VacancyCounts.ContainsKey(stationId))
        {
            throw new DomainException("H5", "请选择本次招聘设有岗位的工作站。", "StationId");
        }

        if (OpenVacancies(all)[stationId] == 0)
        {
            throw new DomainException("B4", "所选工作站的 {0} 个岗位已全部录用，请选择仍有空缺的工作站。", "StationId", VacancyCounts[stationId].ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var next = NextInLine(all) ?? throw new DomainException("H4", "没有可录用的候选人：排名中的人员都已录用或放弃。");
        if (next.Id != expected)
        {
            throw new DomainException("H4", "排名下一位已是 {0}（刚有人录用或放弃），请确认后再录用。", null, next.Name);
        }

        if (registered is not null && registered.Id != next.PersonId && registered.IdNumber != next.IdNumber)
        {
            throw new ArgumentException("The registered person must be the applicant's.", nameof(registered));
        }

        var newPerson = registered is null ? new Person(TenantId, Guid.CreateVersion7(), next.ToParticulars("H4")) : null;
        var person = registered ?? newPerson!;
        next.MarkHired(stationId, person.Id, today);
        var post = roster.AddStaff(person, fullTime: true, [], today);
        var contract = Contract.Sign(TenantId, Guid.CreateVersion7(), person.Id, stationId, HiringChannel.B, today, today.AddYears(3).AddDays(-1), null,
            next.Warnings is null ? [] : [next.Warnings], next.Warnings is null ? null : "公开招聘考试、考核择优录用");
        var side = new WorkforceAssignment(TenantId, Guid.CreateVersion7(), person.Id, communityId, WorkforceSide.StationStaff, today, null);
        return new Hiring(next, stationId, person, newPerson, post, contract, side);
    }

    /// <summary>
    /// H4: an applicant declines or withdraws (放弃) before being hired, with a reason (audited with the change): they
    /// take no place in the ranking from now on, and the next in line can be hired into the vacancy. Once hired the
    /// contract is signed: leaving is then the contract's end, not a withdrawal (docs/policy-interpretations.md).
    /// </summary>
    public void Withdraw(CampaignApplicant applicant, Actor by, string? reason, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        ArgumentNullException.ThrowIfNull(by);
        EnsureNotCancelled();
        EnsureOwn(applicant);
        var text = TextNormalizer.NullIfBlank(TextNormalizer.Text(reason));
        if (text is null || text.Length > MaxReasonLength)
        {
            throw new DomainException("H4", "请填写放弃的原因（不超过 200 个字）。", "Reason");
        }

        applicant.Withdraw(by, text, today);
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

        // A hire fills its post from the day it was made (hires recorded before the day was kept count from the start).
        return OpenVacancies(applicants.Where(a => a.HiredOn is null || a.HiredOn <= on));
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

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private void EnsureOwn(CampaignApplicant applicant)
    {
        if (applicant.CampaignId != Id)
        {
            throw new DomainException("H4", "此人不是本次招聘的报名人员。");
        }
    }

    private void EnsureNotCancelled()
    {
        if (CancelledOn is { } cancelled)
        {
            throw new DomainException("B4", "本次招聘已于 {0} 撤销。", null, Day(cancelled));
        }
    }
}

/// <summary>
/// One hire made by <see cref="RecruitmentCampaign.Hire"/>: what is to be saved for it. <see cref="NewPerson"/> is the
/// outside applicant entering the register (null when the applicant already was in it).
/// </summary>
public sealed record Hiring(CampaignApplicant Applicant, Guid StationId, Person Person, Person? NewPerson, StationPost Post, Contract Contract, WorkforceAssignment Side);

/// <summary>
/// One applicant of a campaign, with their own particulars (H3): outside applicants live on the campaign and enter
/// the register only when hired; an applicant already in the register (a renewal or internal candidate) is linked to
/// that person (<see cref="PersonId"/>). Registered by town staff after the H3 checks (<see cref="RecruitmentCampaign.Register"/>).
/// </summary>
public sealed class CampaignApplicant : PersonRecord
{
    internal CampaignApplicant(Guid tenantId, Guid id, Guid campaignId, PersonParticulars particulars, Guid? personId, string? warnings)
        : base(tenantId, id, particulars)
    {
        CampaignId = campaignId;
        PersonId = personId;
        Warnings = warnings;
    }

    private CampaignApplicant()
    {
    }

    public Guid CampaignId { get; private set; }

    /// <summary>The person of the register: linked at registration (already there) or made at the hire; null for an outside applicant not hired.</summary>
    public Guid? PersonId { get; private set; }

    public decimal? ExamScore { get; private set; }

    public decimal? AssessmentScore { get; private set; }

    public string? Warnings { get; private set; }

    /// <summary>When the campaign's assessment is pass/fail: whether the applicant passed it.</summary>
    public bool? AssessmentPassed { get; private set; }

    public Guid? HiredAtStation { get; private set; }

    /// <summary>The day of the hire (null on hires recorded before it was kept).</summary>
    public DateOnly? HiredOn { get; private set; }

    /// <summary>H4: the day the applicant declined or withdrew; they take no place in the ranking from then on.</summary>
    public DateOnly? WithdrawnOn { get; private set; }

    public string? WithdrawnBy { get; private set; }

    /// <summary>The user id of <see cref="WithdrawnBy"/>; the name is their display name.</summary>
    public Guid? WithdrawnById { get; private set; }

    public string? WithdrawalReason { get; private set; }

    public bool IsWithdrawn => WithdrawnOn is not null;

    public uint Version { get; private set; }

    /// <summary>Scores are checked against the campaign's method by <see cref="RecruitmentCampaign.Score"/>.</summary>
    internal void Score(decimal? exam, decimal? assessment, bool? assessmentPassed)
    {
        if (HiredAtStation is not null)
        {
            throw new DomainException("H4", "此人已被聘用，成绩不能再改。", "Exam");
        }

        if (IsWithdrawn)
        {
            throw new DomainException("H4", "此人已放弃，不再录入成绩。", "Exam");
        }

        ExamScore = exam;
        AssessmentScore = assessment;
        AssessmentPassed = assessmentPassed;
    }

    internal void MarkHired(Guid stationId, Guid personId, DateOnly on)
    {
        if (HiredAtStation is not null)
        {
            throw new DomainException("H4", "此人已被聘用。");
        }

        HiredAtStation = stationId;
        HiredOn = on;
        PersonId = personId;
    }

    internal void Withdraw(Actor by, string reason, DateOnly on)
    {
        if (HiredAtStation is not null)
        {
            throw new DomainException("H4", "此人已被录用并签订了聘用合同，不能再登记放弃；如不到岗，请终止其合同。", "Reason");
        }

        if (IsWithdrawn)
        {
            throw new DomainException("H4", "此人已于 {0} 登记放弃。", "Reason", WithdrawnOn!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        WithdrawnOn = on;
        WithdrawnBy = by.RecordedName;
        WithdrawnById = by.UserId;
        WithdrawalReason = reason;
    }
}
