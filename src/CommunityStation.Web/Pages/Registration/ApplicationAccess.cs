using System.Security.Claims;
using CommunityStation.Domain.Registration;
using CommunityStation.Infrastructure.Identity;
using CommunityStation.Infrastructure.Persistence;
using CommunityStation.Web.Infrastructure;

namespace CommunityStation.Web.Pages.Registration;

/// <summary>
/// Which applications a user may see: an RC officer their own community's; a town official their
/// tenant's (the query filter); the bureau every tenant's, through the audited city-read mode.
/// </summary>
public static class ApplicationAccess
{
    public static async Task<IQueryable<StationApplication>> VisibleAsync(AppDbContext db, ClaimsPrincipal user, string purpose)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInRole(AppRoles.Bureau))
        {
            await db.EnterCityReadModeAsync(purpose);
            return db.StationApplications;
        }

        if (user.IsInRole(AppRoles.TownOfficial))
        {
            return db.StationApplications;
        }

        if (user.IsInRole(AppRoles.RcOfficer) && user.CommunityId() is { } community)
        {
            return db.StationApplications.Where(a => a.CommunityId == community);
        }

        return db.StationApplications.Where(_ => false);
    }

    /// <summary>Before the bureau writes to a tenant's application it acts inside that tenant (RLS write policy).</summary>
    public static async Task ActInTenantAsync(AppDbContext db, ClaimsPrincipal user, Guid tenantId)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (user.IsInRole(AppRoles.Bureau))
        {
            await db.UseTenantAsync(tenantId);
        }
    }

    public static string StatusKey(ApplicationStatus status) => "申请状态." + status;

    public static string KindKey(ApplicationKind kind) => "申请类型." + kind;
}
