using CommunityStation.Web.Infrastructure.People;

namespace CommunityStation.Web.Pages.Registration.Applications;

/// <summary>
/// R2/R4: the town's opinion as a formal print (GB/T 9704: title, addressee, text, the town as issuer with the seal area,
/// the date in Chinese), produced when the town agrees. 经办人 is the person who gave it, never their login.
/// </summary>
public sealed class OpinionModel(AppDbContext db, UserAccess access) : PageModel
{
    public View Item { get; private set; } = null!;

    /// <summary>Who gave the opinion, as people know them: the linked person, else the account's display name.</summary>
    public string Handler { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var visible = await access.ApplicationsAsync($"town opinion {id}");
        Item = await (from a in visible
                      join c in db.Communities on new { a.TenantId, Id = a.CommunityId } equals new { c.TenantId, c.Id }
                      join t in db.Tenants on a.TenantId equals t.Id
                      where a.Id == id && a.TownOpinion != null
                      select new View(a.StationName, t.Name, c.Name, a.Kind, a.TownOpinion!, a.TownOpinionGiven!.By, a.TownOpinionGiven!.ById, a.TownOpinionGiven!.At))
            .FirstOrDefaultAsync().OrNotFound("StationApplication", id);
        Handler = await StaffFaces.ShownNameAsync(db, Item.ById, Item.By);
        return Page();
    }

    public sealed record View(string StationName, string Tenant, string Community, Domain.Registration.ApplicationKind Kind, string Opinion, string By, Guid? ById, DateTimeOffset At);
}
