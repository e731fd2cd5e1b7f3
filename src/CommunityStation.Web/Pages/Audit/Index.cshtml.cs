namespace CommunityStation.Web.Pages.Audit;

/// <summary>
/// The audit trail for the administrator and the bureau (folder policy), newest first, paged by keyset with a
/// total, filtered by kind, entity, user, tenant, Beijing days and free text, and exported with the same filter.
/// Each row reads as people read it (<see cref="AuditReader"/>): entity and field names, a before/after field
/// table, Beijing time. Audit rows are city-level (no tenant filter, no RLS): no city-read mode is needed.
/// </summary>
public sealed class IndexModel(AppDbContext db, UserAccess access, AuditLog audit, PortalClock clock, IStringLocalizer<SharedResource> l) : ListPageModel<IndexModel.Row>
{
    /// <summary>
    /// Days the log opens on when the address names no start date: the trail grows by millions of rows, and its
    /// total is counted for the pager on every request. The start date shows in the filter; clearing it shows all.
    /// </summary>
    public const int DefaultDays = 30;

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

    /// <summary>Words to find in the record's number, the note, the user or any changed value.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    public IReadOnlyList<TenantOption> Tenants { get; private set; } = [];

    /// <summary>The entities the filter offers, by name in the reader's language.</summary>
    public IReadOnlyList<(string Entity, string Name)> Entities { get; private set; } = [];

    public async Task OnGetAsync()
    {
        OpenOnRecentDays();
        var reader = await ReaderAsync(mayReveal: true);
        var known = AuditVocabulary.Entities.Keys.Where(e => e != "User").ToList();

        // A link from a details page may name an entity the portal does not list; keep it selectable.
        if (!string.IsNullOrWhiteSpace(Entity) && !known.Contains(Entity.Trim()))
        {
            known.Add(Entity.Trim());
        }

        Entities = [.. known.Select(e => (e, reader.EntityName(e))).OrderBy(e => e.Item2, StringComparer.Ordinal)];
        if (From is { } from && To is { } to && to < from)
        {
            ModelState.AddModelError(nameof(To), l["结束日期不能早于开始日期。"]);
        }

        var entries = await Filters.Apply(db.AuditEntries.AsNoTracking()).ToKeysetPageAsync(Request, Order, a => new Entry(a.Id, a.OccurredAt, a.Kind, a.UserName, a.TenantId, a.Entity, a.EntityKey, a.Before, a.After, a.Detail, a.IpAddress));
        Rows = entries.Select(a => new Row(a.Id, a.OccurredAt, a.Kind, a.UserName, reader.TenantName(a.TenantId), a.Entity, reader.EntityName(a.Entity), a.EntityKey, reader.Changes(a.Entity, a.Before, a.After), a.Detail, a.IpAddress));
        await LogRevealAsync(reader);
    }

    /// <summary>Every row the filter shows, streamed, read the same way as the page (personal data always masked), with the UTC instant beside Beijing time.</summary>
    public async Task<IActionResult> OnGetExportAsync(string format)
    {
        OpenOnRecentDays();
        var reader = await ReaderAsync(mayReveal: false);
        var query = Filters.Apply(db.AuditEntries.AsNoTracking()).OrderedBy(Order).Select(a => new Entry(a.Id, a.OccurredAt, a.Kind, a.UserName, a.TenantId, a.Entity, a.EntityKey, a.Before, a.After, a.Detail, a.IpAddress));
        string[] header = [l["时间"], l["时间（UTC）"], l["类型"], l["用户"], l["镇（街道）"], l["对象"], l["记录编号"], l["变更内容"], l["说明"], l["IP 地址"]];
        return await ExportAsync(format, "audit", l["审计日志"], header, query, a =>
        [
            PortalClock.ShownToTheSecond(a.OccurredAt), PortalClock.Utc(a.OccurredAt), l["审计." + a.Kind], a.UserName, reader.TenantName(a.TenantId),
            reader.EntityName(a.Entity), a.EntityKey, reader.ChangesText(a.Entity, a.Before, a.After), a.Detail, a.IpAddress,
        ]);
    }

    /// <summary>A date box's value: what was typed when it was not a date (shown back with the error), else the date.</summary>
    public string? DateValue(string key, DateOnly? value) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0
            ? entry.AttemptedValue
            : value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>No start date in the address (the menu's link): the last <see cref="DefaultDays"/> days; an empty one: all.</summary>
    private void OpenOnRecentDays()
    {
        if (!Request.Query.ContainsKey("from"))
        {
            From = clock.Today.AddDays(-DefaultDays);
        }
    }

    private AuditFilter Filters => new(UserFilter, Tenant, Entity, Kind, Key, From, To, Text);

    private static Keyset<AuditEntry> Order(Keyset<AuditEntry> keys) => keys.By(a => a.OccurredAt, descending: true).Then(a => a.Id, descending: true);

    private async Task<AuditReader> ReaderAsync(bool mayReveal)
    {
        Tenants = await TenantOption.ListAsync(db);
        return new AuditReader(db.Model, l, access, Tenants.ToDictionary(t => t.Id, t => t.Name), mayReveal);
    }

    /// <summary>Whole personal data shown to a reader who may see it is a logged view, like anywhere else.</summary>
    private async Task LogRevealAsync(AuditReader reader)
    {
        if (reader.RevealedPersonalData)
        {
            await audit.WriteAsync(AuditKinds.PersonalDataViewed, "AuditEntry", null, "audit log: personal data in changed values");
        }
    }

    private sealed record Entry(long Id, DateTimeOffset OccurredAt, string Kind, string? UserName, Guid? TenantId, string? Entity, string? EntityKey, string? Before, string? After, string? Detail, string? IpAddress);

    public sealed record Row(long Id, DateTimeOffset OccurredAt, string Kind, string? UserName, string Tenant, string? Entity, string EntityName, string? EntityKey, IReadOnlyList<AuditChange> Changes, string? Detail, string? IpAddress);
}
