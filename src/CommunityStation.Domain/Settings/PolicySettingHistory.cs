namespace CommunityStation.Domain.Settings;

/// <summary>Answers "which value of a setting was in force on a date" from its dated history.</summary>
public sealed class PolicySettingHistory
{
    private readonly IReadOnlyList<PolicySetting> _values;

    public PolicySettingHistory(IEnumerable<PolicySetting> values)
    {
        _values = values
            .OrderBy(v => v.EffectiveFrom)
            .ThenBy(v => v.Recorded.At)
            .ToList();
    }

    /// <summary>
    /// The value in force on <paramref name="date"/>: the latest-dated value on or before it (the latest
    /// recorded wins on the same date), else the policy's default from 2008.
    /// </summary>
    public decimal ValueOn(string key, DateOnly date)
    {
        var definition = PolicySettingKeys.Find(key)
            ?? throw new ArgumentException($"Unknown policy setting '{key}'.", nameof(key));

        var match = _values.LastOrDefault(v =>
            string.Equals(v.Key, key, StringComparison.Ordinal) && v.EffectiveFrom <= date);

        return match?.Value ?? definition.DefaultValue;
    }
}
