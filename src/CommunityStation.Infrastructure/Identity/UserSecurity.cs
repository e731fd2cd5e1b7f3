using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace CommunityStation.Infrastructure.Identity;

/// <summary>Account-security steps other code asks for in one call.</summary>
public static class UserSecurity
{
    /// <summary>
    /// Makes the user choose a new password at their next sign-in (after an administrator set one), and
    /// ends their open sessions. Stored as a user claim, so it reaches the cookie with the other claims.
    /// </summary>
    public static async Task<IdentityResult> RequirePasswordChangeAsync(this UserManager<AppUser> users, AppUser user)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(user);
        var claims = await users.GetClaimsAsync(user);
        if (!claims.Any(c => c.Type == AppClaims.MustChangePassword))
        {
            var added = await users.AddClaimAsync(user, new Claim(AppClaims.MustChangePassword, "true"));
            if (!added.Succeeded)
            {
                return added;
            }
        }

        return await users.UpdateSecurityStampAsync(user);
    }

    /// <summary>The user chose their own password: lift the requirement.</summary>
    public static async Task<IdentityResult> ClearPasswordChangeAsync(this UserManager<AppUser> users, AppUser user)
    {
        ArgumentNullException.ThrowIfNull(users);
        var flags = (await users.GetClaimsAsync(user)).Where(c => c.Type == AppClaims.MustChangePassword).ToList();
        return flags.Count == 0 ? IdentityResult.Success : await users.RemoveClaimsAsync(user, flags);
    }
}
