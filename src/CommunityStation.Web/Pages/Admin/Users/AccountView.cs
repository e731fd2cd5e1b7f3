using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace CommunityStation.Web.Pages.Admin.Users;

/// <summary>The account as every user page shows it above its one form (_Account.cshtml).</summary>
public sealed record AccountView(Guid Id, string UserName, string DisplayName, DateTimeOffset CreatedAt, bool IsDisabled, DateTimeOffset? LockedUntil, int AccessFailedCount, IReadOnlyList<string> Roles, bool IsSelf)
{
    /// <summary>The account of <paramref name="user"/>; <see cref="IsSelf"/> when it is the signed-in administrator's own.</summary>
    public static async Task<AccountView> OfAsync(UserManager<AppUser> users, AppUser user, ClaimsPrincipal signedIn, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(user);
        var roles = await users.GetRolesAsync(user);
        return new AccountView(
            user.Id,
            user.UserName ?? string.Empty,
            user.DisplayName,
            user.CreatedAt,
            user.IsDisabled,
            user.LockoutEnd > now ? user.LockoutEnd : null,
            user.AccessFailedCount,
            AppRoles.All.Where(roles.Contains).ToList(),
            string.Equals(users.GetUserId(signedIn), user.Id.ToString(), StringComparison.OrdinalIgnoreCase));
    }
}
