using System.Globalization;
using CommunityStation.Domain.Staffing;

namespace CommunityStation.Web.Pages.Staff.Campaigns;

/// <summary>H4: a campaign's recorded ranking method in words, e.g. "考试 50% + 考核 50%，满分 100 分；社会工作资格：同分优先".</summary>
public static class MethodText
{
    public static string Describe(IStringLocalizer l, RankingMethod method)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(method);
        var assessment = method.Assessment == AssessmentMode.Weighted
            ? l["考试 {0}% + 考核 {1}%", Percent(method.ExamWeight), Percent(method.AssessmentWeight)].Value
            : l["考核只作合格与否，合格者按考试成绩排名"].Value;
        var preference = method.Preference == SocialWorkPreference.BonusPoints
            ? l["加 {0} 分", Number(method.BonusPoints)].Value
            : l["同分优先"].Value;
        return l["{0}，满分 {1} 分；社会工作资格：{2}", assessment, Number(method.MaxScore), preference].Value;
    }

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Percent(decimal share) => Number(share * 100m);
}
