namespace CommunityStation.Web.Infrastructure;

/// <summary>
/// A refused domain rule or a soft rule's warning in the user's language: the template and each argument translated,
/// and the rule named once. Domain texts never name their rule themselves (a test holds them to it); this is the one
/// place that adds "（规则 X）", so a refusal cannot say it twice.
/// </summary>
public static class RefusalText
{
    /// <summary>A soft rule's warning in the user's language, its rule named once.</summary>
    public static string Describe(this IStringLocalizer localizer, RuleWarning warning)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(warning);
        return WithRule(localizer, localizer[warning.Template, warning.Arguments.Select(a => (object)localizer[a].Value).ToArray()].Value, warning.Rule);
    }

    public static string Describe(this IStringLocalizer localizer, DomainException refused, bool withRule = true)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(refused);
        var separator = CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.Ordinal) ? ", " : "、";
        var arguments = refused.Arguments
            .Select(a => (object)string.Join(separator, a.Split('、').Select(part => localizer[part].Value)))
            .ToArray();
        var text = localizer[refused.Template, arguments].Value;
        return withRule ? WithRule(localizer, text, refused.Rule) : text;
    }

    private static string WithRule(IStringLocalizer localizer, string text, string rule) =>
        string.IsNullOrEmpty(rule) ? text : text + localizer["（规则 {0}）", rule].Value;
}
