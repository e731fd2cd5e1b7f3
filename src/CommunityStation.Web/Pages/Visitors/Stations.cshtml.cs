using CommunityStation.Domain.Registration;

namespace CommunityStation.Web.Pages.Visitors;

/// <summary>
/// A public directory of registered stations, so residents can find their station's page. It reads each
/// tenant in turn inside that tenant (ADR 0004), never across tenants at once.
/// </summary>
public sealed class StationsModel(AppDbContext db, UserAccess access) : PageModel
{
    public IReadOnlyList<(string Tenant, IReadOnlyList<(Guid Id, string Name, string Address)> Stations, string Code)> Towns { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var tenants = await db.Tenants.OrderBy(t => t.Kind).ThenBy(t => t.Code).Select(t => new { t.Id, t.Code, t.Name }).ToListAsync();
        var towns = new List<(string, IReadOnlyList<(Guid, string, string)>, string)>();
        foreach (var tenant in tenants)
        {
            await access.EnterPublicTenantByIdAsync(tenant.Id);
            var stations = (await db.Stations.Where(s => s.Status == StationStatus.Registered).OrderBy(s => s.Name)
                    .Select(s => new { s.Id, s.Name, s.PremisesAddress }).ToListAsync())
                .Select(s => (s.Id, s.Name, s.PremisesAddress)).ToList();
            if (stations.Count > 0)
            {
                towns.Add((tenant.Name, stations, tenant.Code));
            }
        }

        await access.EnterPublicTenantByIdAsync(null);
        Towns = towns;
    }
}
