using System.Globalization;

namespace CommunityStation.Domain.Common;

/// <summary>
/// A soft rule's warning ("原则上", "一般", "左右"): shown, acknowledged with a reason, never a refusal.
/// <see cref="Template"/> is Simplified Chinese and doubles as the resource key; the UI translates it and its arguments.
/// Like a <see cref="DomainException"/>'s message it does not name its rule: whoever shows it adds <see cref="Rule"/> once.
/// </summary>
public sealed record RuleWarning
{
    public RuleWarning(string rule, string template, params string[] arguments)
    {
        Rule = rule;
        Template = template;
        Arguments = arguments ?? [];
    }

    public string Rule { get; }

    public string Template { get; }

    public IReadOnlyList<string> Arguments { get; }

    /// <summary>
    /// A soft rule goes ahead only once someone says why: returns the reason, normalised, to be kept or
    /// audited; refuses (naming the rule, under <paramref name="field"/>) when there is none.
    /// </summary>
    public string Acknowledge(string? reason, string field = "Reason") =>
        TextNormalizer.NullIfBlank(TextNormalizer.Text(reason))
        ?? throw new DomainException(Rule, "{0} 请填写理由后再确认。", field, Template);

    /// <summary>The warning in Chinese with its rule named once, as it is kept with the record it was acknowledged on.</summary>
    public override string ToString() =>
        (Arguments.Count == 0 ? Template : string.Format(CultureInfo.InvariantCulture, Template, Arguments.ToArray<object>()))
        + (string.IsNullOrEmpty(Rule) ? string.Empty : $"（规则 {Rule}）");
}
