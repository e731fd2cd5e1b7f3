using CommunityStation.Infrastructure.Auditing;
using Microsoft.AspNetCore.Routing;

namespace CommunityStation.Web.Pages.Audit;

/// <summary>
/// The audit trail for the administrator and the bureau (folder policy), newest first, paged by keyset.
/// Audit rows are city-level (no tenant filter, no RLS), so no city-read mode is needed to list them.
/// </summary>
public sealed class IndexModel(AppDbContext db, IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>The tenant filter's value for rows with no tenant (bureau, admin, system).</summary>
    public const string CityLevel = AuditFilter.CityLevel;

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserFilter { get; set; }

    /// <summary>A tenant id, <see cref="CityLevel"/>, or empty for all.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Tenant { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Entity { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Key { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public PagedList<Row> Rows { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public IReadOnlyList<TenantOption> Tenants { get; private set; } = [];

    public IReadOnlyList<string> Entities { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Tenants = await db.Tenants.OrderBy(t => t.Kind).ThenBy(t => t.Code)
            .Select(t => new TenantOption(t.Id, t.Name)).ToListAsync();
        var entities = await db.AuditedEntitiesAsync();

        // A link from a details page may name an entity that has no rows yet; keep it selectable.
        if (!string.IsNullOrWhiteSpace(Entity) && !entities.Contains(Entity.Trim()))
        {
            entities.Add(Entity.Trim());
        }

        Entities = entities;

        if (From is { } from && To is { } to && to < from)
        {
            ModelState.AddModelError(nameof(To), l["结束日期不能早于开始日期。"]);
        }

        var tenantNames = Tenants.ToDictionary(t => t.Id, t => t.Name);
        var entries = await Filters.Apply(db.AuditEntries.AsNoTracking()).ToKeysetPageAsync(
            Request,
            k => k.By(a => a.OccurredAt, descending: true).Then(a => a.Id, descending: true),
            a => new { a.Id, a.OccurredAt, a.Kind, a.UserName, a.TenantId, a.Entity, a.EntityKey, a.Before, a.After, a.Detail, a.IpAddress });
        Rows = entries.Select(a => new Row(
            a.Id,
            a.OccurredAt,
            a.Kind,
            a.UserName,
            a.TenantId is { } id ? tenantNames.GetValueOrDefault(id, id.ToString("D", CultureInfo.InvariantCulture)) : null,
            a.Entity,
            a.EntityKey,
            AuditJson.Compact(a.Before),
            AuditJson.Compact(a.After),
            a.Detail,
            a.IpAddress));
    }

    /// <summary>A date box's value: what was typed when it was not a date (shown back with the error), else the date.</summary>
    public string? DateValue(string key, DateOnly? value) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0
            ? entry.AttemptedValue
            : value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private AuditFilter Filters => new(UserFilter, Tenant, Entity, Kind, Key, From, To);

    public sealed record TenantOption(Guid Id, string Name);

    public sealed record Row(long Id, DateTimeOffset OccurredAt, string Kind, string? UserName, string? Tenant, string? Entity, string? EntityKey, string? Before, string? After, string? Detail, string? IpAddress);
}
