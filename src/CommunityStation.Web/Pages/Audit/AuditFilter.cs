namespace CommunityStation.Web.Pages.Audit;

/// <summary>The audit page's filters as one value: applied to the trail, and written back into the paging links.</summary>
public sealed record AuditFilter(string? User, string? Tenant, string? Entity, string? Kind, string? Key, DateOnly? From, DateOnly? To, string? Text = null)
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

        // Free text: the record's number, the note, who, or any value before or after the change.
        if (!string.IsNullOrWhiteSpace(Text))
        {
            var text = TextNormalizer.Text(Text);
            query = query.Where(a => (a.EntityKey != null && a.EntityKey.Contains(text)) || (a.Detail != null && a.Detail.Contains(text))
                || (a.UserName != null && a.UserName.Contains(text))
                || AuditEntry.TextOf(a.Before)!.Contains(text) || AuditEntry.TextOf(a.After)!.Contains(text));
        }

        return query;
    }
}
