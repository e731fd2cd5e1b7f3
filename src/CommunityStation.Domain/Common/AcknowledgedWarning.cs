namespace CommunityStation.Domain.Common;

/// <summary>
/// A soft rule's warning someone went ahead with, and why, on which record: the domain hands it back so
/// the save that makes the change also writes the audit entry (one transaction).
/// </summary>
public sealed record AcknowledgedWarning(RuleWarning Warning, string Reason, string Entity, Guid Key)
{
    /// <summary>The audit detail: rule, warning, reason.</summary>
    public string Detail => $"{Warning.Rule}: {Warning} — {Reason}";
}
