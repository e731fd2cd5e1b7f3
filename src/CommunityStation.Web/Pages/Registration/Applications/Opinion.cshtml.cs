using CommunityStation.Infrastructure.Persistence;
using CommunityStation.Web.Infrastructure.Access;
using CommunityStation.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CommunityStation.Web.Pages.Registration.Applications;

/// <summary>R2/R4: the town's opinion as a printable document, produced when the town agrees.</summary>
public sealed class OpinionModel : PageModel
{
    private readonly AppDbContext _db;
    private readonly UserAccess _access;

    public OpinionModel(AppDbContext db, UserAccess access)
    {
        _db = db;
        _access = access;
    }

    public View Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var visible = await _access.ApplicationsAsync($"town opinion {id}");
        var item = await (from a in visible
                          join c in _db.Communities on new { a.TenantId, Id = a.CommunityId } equals new { c.TenantId, c.Id }
                          join t in _db.Tenants on a.TenantId equals t.Id
                          where a.Id == id && a.TownOpinion != null
                          select new View(a.StationName, t.Name, c.Name, a.Kind, a.TownOpinion!, a.TownOpinionBy!, a.TownOpinionAt!.Value))
            .FirstOrDefaultAsync();
        if (item is null)
        {
            return await this.NotFoundAuditedAsync("StationApplication", id);
        }

        Item = item;
        return Page();
    }

    public sealed record View(string StationName, string Tenant, string Community, Domain.Registration.ApplicationKind Kind, string Opinion, string By, DateTimeOffset At);
}
