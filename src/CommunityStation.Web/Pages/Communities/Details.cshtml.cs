namespace CommunityStation.Web.Pages.Communities;

public sealed class DetailsModel(AppDbContext db, UserAccess access, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public View Item { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (access.IsCityLevel)
        {
            await access.ReadAsync($"community {id}: details");
        }

        var item = await (from c in db.Communities
                          join t in db.Tenants on c.TenantId equals t.Id
                          where c.Id == id
                          select new View(c.Id, t.Name, c.Name, c.Households, c.RcTermStart, c.RcTermEnd, c.PartyOrganisation, c.RcDirectorName, c.PartySecretaryName))
            .FirstOrDefaultAsync().OrNotFound("Community", id);

        Item = item;
        CanEdit = !access.IsCityLevel;
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

    public sealed record View(Guid Id, string Tenant, string Name, int Households, DateOnly RcTermStart, DateOnly RcTermEnd, string? PartyOrganisation, string? RcDirector, string? PartySecretary);
}
