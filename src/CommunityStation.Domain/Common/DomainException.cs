namespace CommunityStation.Domain.Common;

/// <summary>
/// Thrown when a state change would break a rule of the policy. <see cref="Rule"/> names the rule
/// (for example "S4" or "R5") so the page can show it next to the field that caused it.
/// </summary>
public sealed class DomainException : Exception
{
    public DomainException(string rule, string message, string? field = null)
        : base(message)
    {
        Rule = rule;
        Field = field;
    }

    public DomainException()
    {
        Rule = string.Empty;
    }

    public DomainException(string message)
        : base(message)
    {
        Rule = string.Empty;
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
        Rule = string.Empty;
    }

    /// <summary>The rule code from RULES.md, e.g. "S4"; empty when the refusal is not a policy rule.</summary>
    public string Rule { get; }

    /// <summary>The input field the refusal belongs to, when there is one.</summary>
    public string? Field { get; }
}
