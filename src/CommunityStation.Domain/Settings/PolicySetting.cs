using CommunityStation.Domain.Common;
using CommunityStation.Domain.Registration;

namespace CommunityStation.Domain.Settings;

/// <summary>
/// One value of a policy setting, in force from <see cref="EffectiveFrom"/> until the next value's date.
/// Rows are never edited: a change is a new row, so "the rule in force on a date" can always be answered.
/// </summary>
public sealed class PolicySetting
{
    public const int MaxNoteLength = 200;

    private PolicySetting()
    {
    }

    public PolicySetting(Guid id, string key, decimal value, DateOnly effectiveFrom, DateTimeOffset recordedAt, Actor recordedBy, string? note)
    {
        ArgumentNullException.ThrowIfNull(recordedBy);
        var definition = PolicySettingKeys.Find(key)
            ?? throw new DomainException(string.Empty, "未知的政策参数。", nameof(Key));

        if (value < definition.Min || value > definition.Max)
        {
            throw new DomainException(
                definition.Rule,
                "取值必须在 {0} 到 {1} 之间。",
                nameof(Value),
                definition.Min.ToString(System.Globalization.CultureInfo.InvariantCulture),
                definition.Max.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var trimmedNote = TextNormalizer.NullIfBlank(note);
        if (trimmedNote is { Length: > MaxNoteLength })
        {
            throw new DomainException(string.Empty, "说明不超过 200 个字。", nameof(Note));
        }

        Id = id;
        Key = key;
        Value = value;
        EffectiveFrom = effectiveFrom;
        Recorded = ActorStamp.Of(recordedBy, recordedAt);
        Note = trimmedNote;
    }

    public Guid Id { get; private set; }

    public string Key { get; private set; } = string.Empty;

    public decimal Value { get; private set; }

    public DateOnly EffectiveFrom { get; private set; }

    public ActorStamp Recorded { get; private set; } = null!;

    public string? Note { get; private set; }
}
