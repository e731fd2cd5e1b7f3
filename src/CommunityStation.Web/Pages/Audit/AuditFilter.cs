using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;

namespace CommunityStation.Web.Pages.Audit;

/// <summary>The audit page's filters as one value: applied to the trail, and written back into the paging links.</summary>
public sealed record AuditFilter(string? User, string? Tenant, string? Entity, string? Kind, string? Key, DateOnly? From, DateOnly? To)
{
    /// <summary>The tenant filter's value for rows with no tenant (bureau, admin, system).</summary>
    public const string CityLevel = "city";

    public IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!string.IsNullOrWhiteSpace(User))
        {
            var term = User.Trim();
            query = query.Where(a => a.UserName != null && a.UserName.Contains(term));
        }

        if (string.Equals(Tenant, CityLevel, StringComparison.Ordinal))
        {
            query = query.Where(a => a.TenantId == null);
        }
        else if (Guid.TryParse(Tenant, out var tenantId))
        {
            query = query.Where(a => a.TenantId == tenantId);
        }

        if (!string.IsNullOrWhiteSpace(Entity))
        {
            var entity = Entity.Trim();
            query = query.Where(a => a.Entity == entity);
        }

        // An unknown kind (a hand-edited URL) filters nothing rather than hiding everything.
        if (Kind is not null && AuditKinds.All.Contains(Kind))
        {
            var kind = Kind;
            query = query.Where(a => a.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(Key))
        {
            var key = Key.Trim();
            query = query.Where(a => a.EntityKey == key);
        }

        // Whole Beijing days, both ends inclusive, as the times are shown.
        if (From is { } from)
        {
            var start = PortalClock.StartOfDayUtc(from);
            query = query.Where(a => a.OccurredAt >= start);
        }

        if (To is { } to && to < DateOnly.MaxValue)
        {
            var end = PortalClock.StartOfDayUtc(to.AddDays(1));
            query = query.Where(a => a.OccurredAt < end);
        }

        return query;
    }
}

/// <summary>Before/after values as the audit table shows them.</summary>
public static class AuditJson
{
    private static readonly JsonWriterOptions CompactJson = new()
    {
        Indented = false,

        // The page HTML-encodes the text; here only keep Chinese readable instead of \uXXXX.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>jsonb comes back with spaces after every separator; one compact line reads better in a cell.</summary>
    public static string? Compact(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return json;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, CompactJson))
            {
                document.WriteTo(writer);
            }

            return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
        }
        catch (JsonException)
        {
            return json;
        }
    }
}
