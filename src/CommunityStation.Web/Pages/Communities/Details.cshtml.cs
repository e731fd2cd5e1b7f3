using CommunityStation.Domain.Communities;

namespace CommunityStation.Web.Pages.Communities;

public sealed class DetailsModel(AppDbContext db, UserAccess access, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public View Item { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    /// <summary>R5: the registered station's name, when the community or town was renamed since (a change application is due).</summary>
    public string? StationNameToChange { get; private set; }

    /// <summary>The community's renames and merges (沿革), oldest first.</summary>
    public IReadOnlyList<Line> Lineage { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var communities = await access.CommunitiesAsync($"community {id}: details");
        var item = await (from c in communities
                          join t in db.Tenants on c.TenantId equals t.Id
                          join m in db.Communities on new { c.TenantId, Id = c.MergedIntoId ?? Guid.Empty } equals new { m.TenantId, m.Id } into merged
                          from m in merged.DefaultIfEmpty()
                          where c.Id == id
                          select new View(c.Id, t.Name, c.Name, c.Households, c.RcTermStart, c.RcTermEnd, c.PartyOrganisation, c.RcDirectorName, c.PartySecretaryName,
                              c.RetiredOn, c.MergedIntoId, m == null ? null : m.Name))
            .FirstOrDefaultAsync().OrNotFound("Community", id);

        Item = item;
        CanEdit = access.Can(Capability.EditCommunities) && item.RetiredOn is null;
        var station = await (await access.StationsAsync($"community {id}: details"))
            .Where(s => s.CommunityId == id && s.Status == StationStatus.Registered).Select(s => s.Name).FirstOrDefaultAsync();
        StationNameToChange = station is not null && !StationName.IsUniform(station, item.Tenant, item.Name) ? station : null;
        Lineage = await db.CommunityChanges.Where(h => h.CommunityId == id).OrderBy(h => h.On).ThenBy(h => h.Id)
            .Select(h => new Line(h.On, h.Kind, h.Before, h.After, h.OtherCommunityId, h.Recorded.By)).ToListAsync();
        var key = id.ToString();
        var changes = await db.AuditEntries
            .Where(a => a.Entity == "Community" && a.EntityKey == key && a.Kind != "Created")
            .OrderByDescending(a => a.Id)
            .Take(20)
            .Select(a => new { a.OccurredAt, a.UserName, a.Before, a.After })
            .ToListAsync();

        // Read as the audit log reads it: fields by name, values formatted (the recent changes; the whole trail is the audit log).
        var reader = new Audit.AuditReader(db.Model, localizer, access, new Dictionary<Guid, string>(), mayReveal: false);
        History = [.. changes.Select(a => new Change(a.OccurredAt, a.UserName, reader.Changes("Community", a.Before, a.After)))];
        return Page();
    }

    /// <summary>Recent changes to this community, from the audit trail, so officials see who changed what.</summary>
    public IReadOnlyList<Change> History { get; private set; } = [];

    public sealed record Change(DateTimeOffset At, string? UserName, IReadOnlyList<Audit.AuditChange> Fields);

    public sealed record Line(DateOnly On, CommunityChangeKind Kind, string Before, string After, Guid? Other, string By);

    public sealed record View(
        Guid Id, string Tenant, string Name, int Households, DateOnly RcTermStart, DateOnly RcTermEnd, string? PartyOrganisation, string? RcDirector, string? PartySecretary,
        DateOnly? RetiredOn, Guid? MergedIntoId, string? MergedIntoName);
}
