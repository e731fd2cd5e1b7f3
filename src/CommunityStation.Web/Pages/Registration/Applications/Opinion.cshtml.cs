namespace CommunityStation.Web.Pages.Registration.Applications;

/// <summary>R2/R4: the town's opinion as a printable document, produced when the town agrees.</summary>
public sealed class OpinionModel(AppDbContext db, UserAccess access) : PageModel
{
    public View Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var visible = await access.ApplicationsAsync($"town opinion {id}");
        var item = await (from a in visible
                          join c in db.Communities on new { a.TenantId, Id = a.CommunityId } equals new { c.TenantId, c.Id }
                          join t in db.Tenants on a.TenantId equals t.Id
                          where a.Id == id && a.TownOpinion != null
                          select new View(a.StationName, t.Name, c.Name, a.Kind, a.TownOpinion!, a.TownOpinionGiven!.By, a.TownOpinionGiven!.At))
            .FirstOrDefaultAsync().OrNotFound("StationApplication", id);

        Item = item;
        return Page();
    }

    public sealed record View(string StationName, string Tenant, string Community, Domain.Registration.ApplicationKind Kind, string Opinion, string By, DateTimeOffset At);
}
