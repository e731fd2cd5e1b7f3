using CommunityStation.Domain.Registration;

namespace CommunityStation.Web.Infrastructure;

/// <summary>
/// Texts the portal itself writes into stored rows (notification titles, the documents of an application's
/// history step). They are stored in Chinese, so the database and every row written before stay readable,
/// and are translated when shown (issue 11, item 9: English mode showed them in Chinese). Anything that is
/// not recognised (a person's own words, a station's name) is shown exactly as stored.
/// </summary>
public static class RecordedText
{
    /// <summary>The notification titles' leads ("待审核：…"); each is the resource key of its English.</summary>
    public static readonly IReadOnlyList<string> NotificationLeads =
        ["待审核", "待登记", "已登记", "民政局退回", "镇（街道）已同意", "申请被退回", "名单备案", "名单已备案", "名单备案被退回", .. Domain.Inbox.ReminderRules.Leads];

    /// <summary>The kind of application in a title is stored in Chinese whatever the sender's language.</summary>
    public static string KindZh(ApplicationKind kind) => kind switch
    {
        ApplicationKind.Establish => "设立登记",
        ApplicationKind.ChangeParticulars => "变更登记",
        ApplicationKind.Deregister => "注销登记",
        _ => kind.ToString(),
    };

    /// <summary>"{lead}：{station}" or "{lead}：{station}（{kind}）", as <see cref="Notifier"/> stores it.</summary>
    public static string Notification(string lead, string station, ApplicationKind? kind = null) =>
        kind is { } k ? $"{lead}：{station}（{KindZh(k)}）" : $"{lead}：{station}";

    public static string ShownNotification(string stored, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(l);
        var colon = stored.IndexOf('：', StringComparison.Ordinal);
        if (colon <= 0 || !NotificationLeads.Contains(stored[..colon]))
        {
            return stored;
        }

        var rest = stored[(colon + 1)..];
        var kind = Enum.GetValues<ApplicationKind>().Where(k => rest.EndsWith($"（{KindZh(k)}）", StringComparison.Ordinal)).Select(k => (ApplicationKind?)k).FirstOrDefault();
        return kind is { } found
            ? l["{0}：{1}（{2}）", l[stored[..colon]], rest[..^(KindZh(found).Length + 2)], l[Labels.ApplicationKind(found)]]
            : l["{0}：{1}", l[stored[..colon]], rest];
    }

    /// <summary>
    /// A history step's documents ("登记申请书 v1; 社区事务工作站章程 v2", "全部材料 v1"): the document names
    /// translated, the versions and separators kept.
    /// </summary>
    public static string ShownDocuments(string stored, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(l);
        var shown = stored;
        foreach (var name in Enum.GetValues<DocumentSlot>().Select(DocumentSlots.NameZh).Append("全部材料"))
        {
            shown = shown.Replace(name, l[name], StringComparison.Ordinal);
        }

        return shown.Replace("、", l["、"], StringComparison.Ordinal);
    }

    /// <summary>
    /// A case step's note as the portal wrote it: a rating's grade ("Satisfied") by its label, a referral's "居委会："
    /// by the reader's word for the RC; anything else (a person's words) exactly as stored.
    /// </summary>
    public static string? ShownCaseNote(Domain.ServiceDesk.CaseAction action, string? stored, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(l);
        if (stored is null)
        {
            return null;
        }

        const string Committee = "居委会：";
        return action switch
        {
            Domain.ServiceDesk.CaseAction.Rated when Enum.TryParse<Domain.ServiceDesk.RatingLevel>(stored, out var level) => l["评价." + level],
            Domain.ServiceDesk.CaseAction.Referred when stored.StartsWith(Committee, StringComparison.Ordinal) => l["{0}：{1}", l["居委会"], stored[Committee.Length..]],
            _ => stored,
        };
    }

    /// <summary>Who acted in a step, where the portal wrote it ("居民" for a resident's rating); a person's name as stored.</summary>
    public static string ShownActor(string stored, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(l);
        return stored is "居民" or "系统" ? l[stored] : stored;
    }
}
