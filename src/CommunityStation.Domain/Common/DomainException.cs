namespace CommunityStation.Domain.Common;

/// <summary>
/// Thrown when a state change would break a rule of the policy. <see cref="Rule"/> names the rule
/// (for example "S4" or "R5") so the page can show it next to the field that caused it.
/// </summary>
public sealed class DomainException : Exception
{
    /// <param name="rule">The rule code, e.g. "S4".</param>
    /// <param name="message">The message in Simplified Chinese; it is also the resource key the UI translates.</param>
    /// <param name="field">The input field it belongs to, if any.</param>
    /// <param name="arguments">Values for {0}, {1}… in the message; the UI translates each ("、"-separated lists item by item).</param>
    public DomainException(string rule, string message, string? field = null, params string[] arguments)
        : base(arguments is { Length: > 0 } ? string.Format(System.Globalization.CultureInfo.InvariantCulture, message, arguments) : message)
    {
        Rule = rule;
        Field = field;
        Template = message;
        Arguments = arguments ?? [];
    }

    public DomainException()
    {
        Rule = string.Empty;
        Template = string.Empty;
        Arguments = [];
    }

    public DomainException(string message)
        : base(message)
    {
        Rule = string.Empty;
        Template = message;
        Arguments = [];
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
        Rule = string.Empty;
        Template = message ?? string.Empty;
        Arguments = [];
    }

    /// <summary>The rule code from RULES.md, e.g. "S4"; empty when the refusal is not a policy rule.</summary>
    public string Rule { get; }

    /// <summary>The input field the refusal belongs to, when there is one.</summary>
    public string? Field { get; }

    /// <summary>The untranslated message with its {0}… placeholders: the resource key.</summary>
    public string Template { get; }

    public IReadOnlyList<string> Arguments { get; }
}
