using CommunityStation.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommunityStation.Web.Pages.Visitors;

/// <summary>
/// Public pages carry the tenant's code in their address; the page acts inside that tenant only (RLS
/// as usual), so no cross-tenant read is needed and an id under the wrong tenant is simply not found.
/// </summary>
public static class PublicTenant
{
    public static async Task<Guid?> EnterAsync(AppDbContext db, string? tenantCode)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (string.IsNullOrWhiteSpace(tenantCode) || tenantCode.Length > 40)
        {
            return null;
        }

        var tenantId = await db.Tenants.Where(t => t.Code == tenantCode).Select(t => (Guid?)t.Id).FirstOrDefaultAsync();
        if (tenantId is not null)
        {
            await db.UseTenantAsync(tenantId);
        }

        return tenantId;
    }
}
