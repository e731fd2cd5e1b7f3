namespace CommunityStation.Domain.Settings;

/// <summary>
/// A number from the policy that the bureau may change over time ("Numbers in rules … are settings").
/// Each definition names the rule it parameterises, its default from the 2008 text and its bounds.
/// </summary>
public sealed record PolicySettingDefinition(
    string Key,
    string Rule,
    decimal DefaultValue,
    decimal Min,
    decimal Max,
    string NameZh,
    string NameEn,
    string UnitZh,
    string UnitEn);

/// <summary>The settings the portal knows. Keys are stable identifiers stored in the database.</summary>
public static class PolicySettingKeys
{
    public const string HouseholdsPerWorker = "S1.HouseholdsPerWorker";
    public const string RcRetentionShare = "S2.RcRetentionShare";
    public const string RcRetentionTolerance = "S2.RcRetentionTolerance";
    public const string ChannelATargetAge = "H1.TargetAge";
    public const string ChannelAAgeTolerance = "H1.AgeTolerance";
    public const string ChannelBMaxAge = "H3.MaxAge";
    public const string RenewalAgeRelaxation = "H4.RenewalAgeRelaxation";
    public const string ExamWeight = "H4.ExamWeight";
    public const string ScoreScale = "H4.ScoreScale";
    public const string SocialWorkBonusPoints = "H4.SocialWorkBonusPoints";
    public const string ContractExpiryWarningDays = "H.ContractExpiryWarningDays";
    public const string UploadMaxMegabytes = "R4.UploadMaxMegabytes";
    public const string RatingTokenValidDays = "M2.RatingTokenValidDays";
    public const string RcTermEndingReminderDays = "Reminder.RcTermEndingDays";
    public const string RosterOutOfDateReminderDays = "Reminder.RosterOutOfDateDays";
    public const string TownWaitingReminderDays = "Reminder.TownWaitingDays";
    public const string BureauWaitingReminderDays = "Reminder.BureauWaitingDays";

    public static readonly IReadOnlyList<PolicySettingDefinition> All =
    [
        new(HouseholdsPerWorker, "S1", 200m, 50m, 1000m, "每名工作人员服务户数", "Households per worker", "户", "households"),
        new(RcRetentionShare, "S2", 0.30m, 0m, 1m, "居委会保留从事自治工作人员比例", "RC retention share", "比例", "share"),
        new(RcRetentionTolerance, "S2", 0.05m, 0m, 0.5m, "保留比例允许偏差（左右）", "Retention tolerance (about)", "比例", "share"),
        new(ChannelATargetAge, "H1", 45m, 18m, 70m, "内部聘用年龄（左右）", "Channel A target age (about)", "周岁", "years"),
        new(ChannelAAgeTolerance, "H1", 5m, 0m, 20m, "内部聘用年龄允许偏差", "Channel A age tolerance", "岁", "years"),
        new(ChannelBMaxAge, "H3", 35m, 18m, 70m, "公开招聘年龄上限", "Channel B maximum age", "周岁", "years"),
        new(RenewalAgeRelaxation, "H4", 5m, 0m, 30m, "续聘人员年龄放宽", "Age relaxation on renewal", "岁", "years"),
        // H4 names exam and assessment but no weights, scale or points: these only pre-fill a new
        // campaign, which records its own method. 1 for the exam means the assessment is pass/fail.
        new(ExamWeight, "H4", 0.5m, 0.05m, 1m, "招聘考试成绩权重（考核占其余；1 即考核只作合格与否）", "Recruitment exam weight (assessment takes the rest; 1 = assessment pass/fail)", "比例", "share"),
        new(ScoreScale, "H4", 100m, 10m, 500m, "招聘考试、考核满分", "Recruitment maximum score", "分", "points"),
        new(SocialWorkBonusPoints, "H4", 2m, 0.5m, 50m, "社会工作资格加分（仅当招聘选择加分时）", "Social-work bonus (only if a campaign chooses bonus points)", "分", "points"),
        new(ContractExpiryWarningDays, "H2", 60m, 1m, 365m, "合同到期预警天数", "Contract expiry warning", "天", "days"),
        new(UploadMaxMegabytes, "R4", 10m, 1m, 100m, "上传文件大小上限", "Upload size limit", "MB", "MB"),
        new(RatingTokenValidDays, "M2", 30m, 1m, 365m, "评价链接有效天数", "Rating link validity", "天", "days"),
        // Reminders (issue 12): the policy names the steps (R2, R3, H2, H6) but no time for any of them, so
        // these are the portal's defaults for when to remind, never refusals.
        new(RcTermEndingReminderDays, "H2", 90m, 1m, 365m, "居委会任期届满提醒天数", "RC term ending reminder", "天", "days"),
        new(RosterOutOfDateReminderDays, "H6", 10m, 1m, 120m, "名单备案过期提醒（工作日）", "Roster filing out of date reminder (working days)", "个工作日", "working days"),
        new(TownWaitingReminderDays, "R2", 5m, 1m, 60m, "申请待镇（街道）审核提醒（工作日）", "Application waiting at the town reminder (working days)", "个工作日", "working days"),
        new(BureauWaitingReminderDays, "R3", 10m, 1m, 60m, "申请待民政局登记提醒（工作日）", "Application waiting at the bureau reminder (working days)", "个工作日", "working days"),
    ];

    public static PolicySettingDefinition? Find(string key) =>
        All.FirstOrDefault(d => string.Equals(d.Key, key, StringComparison.Ordinal));
}
