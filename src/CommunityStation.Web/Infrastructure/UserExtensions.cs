using System.Security.Claims;

namespace CommunityStation.Web.Infrastructure;

public static class UserExtensions
{
    public static Guid? TenantId(this ClaimsPrincipal user) =>
        Guid.TryParse(user?.FindFirstValue(AppClaims.TenantId), out var id) ? id : null;

    public static Guid? CommunityId(this ClaimsPrincipal user) =>
        Guid.TryParse(user?.FindFirstValue(AppClaims.CommunityId), out var id) ? id : null;

    public static string DisplayName(this ClaimsPrincipal user) =>
        user?.FindFirstValue(AppClaims.DisplayName) ?? user?.Identity?.Name ?? string.Empty;

    /// <summary>City-level users (bureau, admin) read across tenants in the audited city-read mode.</summary>
    public static bool IsCityLevel(this ClaimsPrincipal user) =>
        user is not null && (user.IsInRole(AppRoles.Bureau) || user.IsInRole(AppRoles.Admin));
}
