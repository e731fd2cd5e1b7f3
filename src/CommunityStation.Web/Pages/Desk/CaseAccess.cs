using System.Security.Claims;
using CommunityStation.Domain.ServiceDesk;
using CommunityStation.Infrastructure.Identity;
using CommunityStation.Infrastructure.Persistence;

namespace CommunityStation.Web.Pages.Desk;

/// <summary>Cases a user may see: desk staff and the head their station's; town officials their tenant's, read-only.</summary>
public static class CaseAccess
{
    public static async Task<(IQueryable<ServiceCase> Cases, DeskContext? Desk)> VisibleAsync(AppDbContext db, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInRole(AppRoles.DeskStaff) || user.IsInRole(AppRoles.StationHead))
        {
            var desk = await DeskContext.ForAsync(db, user);
            return desk is null ? (db.ServiceCases.Where(_ => false), null) : (db.ServiceCases.Where(c => c.StationId == desk.StationId), desk);
        }

        return user.IsInRole(AppRoles.TownOfficial) ? (db.ServiceCases, null) : (db.ServiceCases.Where(_ => false), null);
    }

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
}
