using System.Security.Claims;
using CommunityStation.Domain.Registration;
using CommunityStation.Infrastructure.Identity;

namespace CommunityStation.Web.Infrastructure;

public static class ActorExtensions
{
    /// <summary>The signed-in user as a workflow actor; the domain checks role, tenant and community.</summary>
    public static Actor ToActor(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var role = user.IsInRole(AppRoles.RcOfficer) ? ActorRole.RcOfficer
            : user.IsInRole(AppRoles.TownOfficial) ? ActorRole.TownOfficial
            : user.IsInRole(AppRoles.Bureau) ? ActorRole.Bureau
            : ActorRole.None;
        return new Actor(user.Identity?.Name ?? string.Empty, role, user.TenantId(), user.CommunityId());
    }
}
