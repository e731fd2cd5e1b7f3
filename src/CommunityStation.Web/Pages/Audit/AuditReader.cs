using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CommunityStation.Web.Pages.Audit;

/// <summary>One field of an audit row's change: its name as people read it, and the value before and after, formatted.</summary>
public sealed record AuditChange(string Field, string Label, string? Before, string? After);

/// <summary>
/// Reads the trail's before/after JSON as a field table (issue 11 item 5): fields and entities by name
/// (<see cref="AuditVocabulary"/>), each value formatted by the type the model gives its property (times in
/// Beijing time, enums by label, duty areas and tenants by name, yes/no), personal data masked unless the reader
/// holds the capability to see it whole (and <paramref name="mayReveal"/>: an export always masks), secrets never shown.
/// </summary>
public sealed class AuditReader(IModel model, IStringLocalizer localizer, UserAccess access, IReadOnlyDictionary<Guid, string> tenants, bool mayReveal)
{
    private static readonly ConcurrentDictionary<(IModel, string), IReadOnlyDictionary<string, Type>> Schemas = new();

    /// <summary>Whether a whole ID number or phone was shown (the page then logs the view).</summary>
    public bool RevealedPersonalData { get; private set; }

    /// <summary>The entity's name in the reader's language, or the recorded name when the portal does not know it.</summary>
    public string EntityName(string? entity) => AuditVocabulary.EntityLabel(entity) is { } key ? localizer[key] : entity ?? string.Empty;

    /// <summary>The tenant's name, or "市级" for rows with none.</summary>
    public string TenantName(Guid? tenantId) =>
        tenantId is { } id ? tenants.GetValueOrDefault(id, id.ToString("D", CultureInfo.InvariantCulture)) : localizer["市级"];

    /// <summary>The changed fields of one row, in the order the trail stored them (alphabetical by property).</summary>
    public IReadOnlyList<AuditChange> Changes(string? entity, string? before, string? after)
    {
        var old = Parse(before);
        var now = Parse(after);
        var fields = old.Keys.Concat(now.Keys.Where(k => !old.ContainsKey(k))).ToList();
        var types = entity is null ? new Dictionary<string, Type>() : Schemas.GetOrAdd((model, entity), key => SchemaOf(key.Item1, key.Item2));
        var reveal = mayReveal && entity is not null && AuditVocabulary.Reveal.TryGetValue(entity, out var capability) && access.Can(capability);
        return [.. fields.Select(f => new AuditChange(
            f,
            FieldName(entity, f),
            old.TryGetValue(f, out var b) ? Shown(f, types.GetValueOrDefault(f), b, reveal) : null,
            now.TryGetValue(f, out var a) ? Shown(f, types.GetValueOrDefault(f), a, reveal) : null))];
    }

    /// <summary>The changes as one line of text, for the export: "字段：前 → 后；…".</summary>
    public string ChangesText(string? entity, string? before, string? after)
    {
        var separator = Labels.English ? "; " : "；";
        return string.Join(separator, Changes(entity, before, after).Select(c => c.Before is null ? $"{c.Label}: {c.After}" : c.After is null ? $"{c.Label}: {c.Before}" : $"{c.Label}: {c.Before} → {c.After}"));
    }

    private string FieldName(string? entity, string field) =>
        field == "Name" && entity is "Person" or "Resident" ? localizer["姓名"]
        : AuditVocabulary.Fields.TryGetValue(field, out var key) ? localizer[key] : field;

    private string? Shown(string field, Type? type, JsonElement value, bool reveal)
    {
        if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return null;
        }

        if (AuditVocabulary.Hidden.Contains(field))
        {
            return localizer["（不显示）"];
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            var items = value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() ?? string.Empty : v.GetRawText()).ToList();
            return field switch
            {
                "Duties" or "DutyAreaCodes" => Labels.Areas(localizer, items),
                "Lines" => string.Join(Labels.English ? "; " : "；", items.Select(l => Labels.RosterLine(localizer, l))),
                _ => string.Join(Labels.English ? ", " : "、", items),
            };
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : value.GetRawText();
        if (AuditVocabulary.IdNumbers.Contains(field) || AuditVocabulary.Phones.Contains(field))
        {
            RevealedPersonalData |= reveal;
            return reveal ? text : AuditVocabulary.IdNumbers.Contains(field) ? Masking.MaskIdNumber(text) : Masking.MaskPhone(text);
        }

        var target = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        return target switch
        {
            _ when field == "DutyAreaCode" => localizer[Labels.Area(text)],
            _ when field == "TenantId" && Guid.TryParse(text, out var tenant) => TenantName(tenant),
            { IsEnum: true } => EnumText(target, value, text),
            _ when target == typeof(bool) || value.ValueKind is JsonValueKind.True or JsonValueKind.False => value.ValueKind == JsonValueKind.True ? localizer["是"] : localizer["否"],
            _ when target == typeof(DateTimeOffset) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) => PortalClock.ShownToTheSecond(at),
            _ => text,
        };
    }

    private string EnumText(Type type, JsonElement value, string text)
    {
        Enum? parsed = value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? (Enum)System.Enum.ToObject(type, number)
            : System.Enum.TryParse(type, text, ignoreCase: false, out var named) ? (Enum)named : null;
        return parsed is not null && AuditVocabulary.EnumLabel(parsed) is { } key ? localizer[key] : text;
    }

    private static Dictionary<string, JsonElement> Parse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal)
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>Each field of the entity with its CLR type, complex values flattened as the trail names them ("Recorded" + "By").</summary>
    private static Dictionary<string, Type> SchemaOf(IModel model, string entity)
    {
        var type = model.GetEntityTypes().FirstOrDefault(t => NameOf(t.ClrType) == entity);
        var fields = new Dictionary<string, Type>(StringComparer.Ordinal);
        if (type is null)
        {
            return fields;
        }

        foreach (var p in type.GetProperties())
        {
            fields[p.Name] = p.ClrType;
        }

        foreach (var c in type.GetComplexProperties())
        {
            foreach (var p in c.ComplexType.GetProperties())
            {
                fields[c.Name + p.Name] = p.ClrType;
            }
        }

        return fields;
    }

    /// <summary>The name the trail records for an entity class ("IdentityUserRole`1" as "IdentityUserRole").</summary>
    public static string NameOf(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.IsGenericType ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] : type.Name;
    }
}
