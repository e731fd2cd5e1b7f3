using CommunityStation.Domain.Registration;
using CommunityStation.Infrastructure.Persistence;
using CommunityStation.Web.Infrastructure.Access;
using CommunityStation.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommunityStation.Web.Pages.Visitors;

/// <summary>
/// A public directory of registered stations, so residents can find their station's page. It reads each
/// tenant in turn inside that tenant (ADR 0004), never across tenants at once.
/// </summary>
public sealed class StationsModel : PageModel
{
    private readonly AppDbContext _db;
    private readonly UserAccess _access;

    public StationsModel(AppDbContext db, UserAccess access)
    {
        _db = db;
        _access = access;
    }

    public IReadOnlyList<(string Tenant, IReadOnlyList<(Guid Id, string Name, string Address)> Stations, string Code)> Towns { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var tenants = await _db.Tenants.OrderBy(t => t.Kind).ThenBy(t => t.Code).Select(t => new { t.Id, t.Code, t.Name }).ToListAsync();
        var towns = new List<(string, IReadOnlyList<(Guid, string, string)>, string)>();
        foreach (var tenant in tenants)
        {
            await _access.EnterPublicTenantByIdAsync(tenant.Id);
            var stations = (await _db.Stations.Where(s => s.Status == StationStatus.Registered).OrderBy(s => s.Name)
                    .Select(s => new { s.Id, s.Name, s.PremisesAddress }).ToListAsync())
                .Select(s => (s.Id, s.Name, s.PremisesAddress)).ToList();
            if (stations.Count > 0)
            {
                towns.Add((tenant.Name, stations, tenant.Code));
            }
        }

        await _access.EnterPublicTenantByIdAsync(null);
        Towns = towns;
    }
}
