using CommunityStation.Domain.Registration;

namespace CommunityStation.Web.Pages.Visitors;

/// <summary>The public directory, second level: one town's registered stations, read inside that town (ADR 0004).</summary>
public sealed class TownModel(AppDbContext db, UserAccess access) : ListPageModel<TownModel.Listed>
{
    public string Name { get; private set; } = string.Empty;

    public string Code { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string tenant)
    {
        if (await access.EnterPublicTenantAsync(tenant) is not { } town)
        {
            return NotFound();
        }

        (Name, Code) = (town.Name, town.Code);
        Rows = await db.Stations.Where(s => s.Status == StationStatus.Registered)
            .ToKeysetPageAsync(Request, k => k.By(s => s.Name).Then(s => s.Id), s => new Listed(s.Id, s.Name, s.PremisesAddress), defaultPageSize: Paging.MaxPageSize);
        return Page();
    }

    public sealed record Listed(Guid Id, string Name, string Address);
}
