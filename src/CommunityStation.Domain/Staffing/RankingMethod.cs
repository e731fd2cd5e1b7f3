using CommunityStation.Domain.Common;
using CommunityStation.Domain.Settings;

namespace CommunityStation.Domain.Staffing;

/// <summary>
/// H4: how the assessment counts in a campaign's ranking: <c>Weighted</c>, exam and assessment scores are weighted into
/// one total; <c>PassFail</c>, the assessment only qualifies and those who pass are ranked by the exam.
/// </summary>
public enum AssessmentMode { Weighted = 0, PassFail = 1 }

/// <summary>
/// H3 "优先" for social-work graduates and certificate holders, as a campaign applies it: <c>TieBreak</c> (the default),
/// among applicants with the same total social-work holders come first; <c>BonusPoints</c> (only when the town chooses
/// it), a number of points is added to the total.
/// </summary>
public enum SocialWorkPreference { TieBreak = 0, BonusPoints = 1 }

/// <summary>
/// H4: the ranking method a town records for one campaign when it opens it. The policy says only
/// "考试、考核" and "优先"; weights, the scale and the form of the preference are the town's choice,
/// pre-filled from the dated settings (<see cref="Defaults"/>), and kept with the campaign so a ranking
/// can always be explained by the method it was made with.
/// </summary>
public sealed record RankingMethod
{
    public const decimal MinScale = 10m;
    public const decimal MaxScale = 500m;

    private RankingMethod()
    {
    }

    public AssessmentMode Assessment { get; private init; }

    /// <summary>The exam's share of the total (0–1); 1 when the assessment is pass/fail.</summary>
    public decimal ExamWeight { get; private init; }

    /// <summary>The assessment's share of the total (0–1); 0 when it is pass/fail.</summary>
    public decimal AssessmentWeight { get; private init; }

    /// <summary>The highest score an exam (and a weighted assessment) can have.</summary>
    public decimal MaxScore { get; private init; }

    public SocialWorkPreference Preference { get; private init; }

    /// <summary>Points added for social work; 0 unless <see cref="Preference"/> is <see cref="SocialWorkPreference.BonusPoints"/>.</summary>
    public decimal BonusPoints { get; private init; }

    /// <summary>
    /// The method as the town chose it. Weights are shares that must add up to 1, each above 0 (an
    /// assessment that only qualifies is <see cref="AssessmentMode.PassFail"/>, not a weight of 0);
    /// bonus points only with <see cref="SocialWorkPreference.BonusPoints"/>, more than 0 and below the scale.
    /// </summary>
    public static RankingMethod Create(AssessmentMode assessment, decimal? examWeight, decimal? assessmentWeight, decimal? maxScore, SocialWorkPreference preference, decimal? bonusPoints)
    {
        if (maxScore is not { } scale || scale < MinScale || scale > MaxScale || decimal.Round(scale, 2) != scale)
        {
            throw new DomainException("H4", "满分须在 {0} 到 {1} 分之间。", "MaxScore", Number(MinScale), Number(MaxScale));
        }

        decimal exam = 1m, assess = 0m;
        if (assessment == AssessmentMode.Weighted)
        {
            if (examWeight is not ({ } e and > 0m and < 1m))
            {
                throw new DomainException("H4", "考试和考核的权重都须大于 0、小于 100%；考核只作合格与否时请选择“考核合格制”。", "ExamWeight");
            }

            if (assessmentWeight is not ({ } a and > 0m and < 1m))
            {
                throw new DomainException("H4", "考试和考核的权重都须大于 0、小于 100%；考核只作合格与否时请选择“考核合格制”。", "AssessmentWeight");
            }

            if (e + a != 1m)
            {
                throw new DomainException("H4", "考试和考核的权重合计须为 100%。", "AssessmentWeight");
            }

            (exam, assess) = (e, a);
        }
        else if (assessment != AssessmentMode.PassFail)
        {
            throw new DomainException("H4", "请选择考核的计分方式。", "Assessment");
        }

        decimal bonus = 0m;
        if (preference == SocialWorkPreference.BonusPoints)
        {
            if (bonusPoints is not ({ } b and > 0m) || b >= scale || decimal.Round(b, 2) != b)
            {
                throw new DomainException("H4", "加分须大于 0 且小于满分 {0} 分。", "BonusPoints", Number(scale));
            }

            bonus = b;
        }
        else if (preference != SocialWorkPreference.TieBreak)
        {
            throw new DomainException("H4", "请选择社会工作资格的优先方式。", "Preference");
        }

        return new RankingMethod { Assessment = assessment, ExamWeight = exam, AssessmentWeight = assess, MaxScore = scale, Preference = preference, BonusPoints = bonus };
    }

    /// <summary>
    /// What a new campaign is pre-filled with: the weights and the scale in force on <paramref name="on"/>,
    /// and the social-work preference as a tie-break. The bonus setting is only the number offered if
    /// the town switches to bonus points; it is never applied by default.
    /// </summary>
    public static RankingMethod Defaults(PolicySettingHistory settings, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var exam = settings.ValueOn(PolicySettingKeys.ExamWeight, on);
        var scale = settings.ValueOn(PolicySettingKeys.ScoreScale, on);
        return exam is > 0m and < 1m
            ? Create(AssessmentMode.Weighted, exam, 1m - exam, scale, SocialWorkPreference.TieBreak, null)
            : Create(AssessmentMode.PassFail, null, null, scale, SocialWorkPreference.TieBreak, null);
    }

    /// <summary>The bonus a town is offered when it chooses bonus points (the setting in force on <paramref name="on"/>).</summary>
    public static decimal SuggestedBonus(PolicySettingHistory settings, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.ValueOn(PolicySettingKeys.SocialWorkBonusPoints, on);
    }

    /// <summary>Refuses a score outside 0 … <see cref="MaxScore"/>, on the field it was typed into.</summary>
    public void CheckScores(decimal? exam, decimal? assessment)
    {
        if (exam is { } e && (e < 0 || e > MaxScore))
        {
            throw new DomainException("H4", "成绩须在 0 到 {0} 分之间（本次招聘满分 {0} 分）。", "Exam", Number(MaxScore));
        }

        if (Assessment == AssessmentMode.Weighted && assessment is { } a && (a < 0 || a > MaxScore))
        {
            throw new DomainException("H4", "成绩须在 0 到 {0} 分之间（本次招聘满分 {0} 分）。", "Assessment", Number(MaxScore));
        }
    }

    /// <summary>Whether everything this method needs has been entered for the applicant.</summary>
    public bool IsScored(CampaignApplicant applicant)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        return applicant.ExamScore is not null
            && (Assessment == AssessmentMode.Weighted ? applicant.AssessmentScore is not null : applicant.AssessmentPassed is not null);
    }

    /// <summary>Scored and, when the assessment is pass/fail, passed: the applicant takes a place in the ranking.</summary>
    public bool IsRanked(CampaignApplicant applicant) =>
        IsScored(applicant) && (Assessment == AssessmentMode.Weighted || applicant.AssessmentPassed == true);

    /// <summary>The total the ranking orders by: weighted scores (or the exam alone), plus the bonus only when the town chose one.</summary>
    public decimal? Total(CampaignApplicant applicant, bool socialWork)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        if (!IsScored(applicant))
        {
            return null;
        }

        var total = Assessment == AssessmentMode.Weighted
            ? (applicant.ExamScore!.Value * ExamWeight) + (applicant.AssessmentScore!.Value * AssessmentWeight)
            : applicant.ExamScore!.Value;
        return Math.Round(total + (socialWork && Preference == SocialWorkPreference.BonusPoints ? BonusPoints : 0m), 2);
    }

    private static string Number(decimal value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
