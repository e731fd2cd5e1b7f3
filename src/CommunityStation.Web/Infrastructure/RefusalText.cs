namespace CommunityStation.Web.Infrastructure;

/// <summary>A refused domain rule in the user's language: the template and each argument translated, the rule named.</summary>
public static class RefusalText
{
    /// <summary>A soft rule's warning in the user's language (its template already names the rule).</summary>
    public static string Describe(this IStringLocalizer localizer, RuleWarning warning)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(warning);
        return localizer[warning.Template, warning.Arguments.Select(a => (object)localizer[a].Value).ToArray()].Value;
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
        return withRule && !string.IsNullOrEmpty(refused.Rule) ? $"{text}（{localizer["规则"].Value} {refused.Rule}）" : text;
    }
}
