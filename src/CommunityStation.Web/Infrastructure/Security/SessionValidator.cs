using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CommunityStation.Web.Infrastructure.Security;

/// <summary>
/// Checks the security stamp in the sign-in cookie against the user's current one on EVERY request,
/// so sign-out, disabling and a password reset (which all change the stamp) end every copy of the
/// cookie at once. The current stamp comes from <see cref="SecurityStampCache"/>; the database is read
/// only when the cache has no entry or disagrees with the cookie.
/// </summary>
public static class SessionValidator
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var principal = context.Principal;
        if (principal is null)
        {
            return;
        }

        var services = context.HttpContext.RequestServices;
        var claimTypes = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var stamp = principal.FindFirstValue(claimTypes.SecurityStampClaimType);
        if (!Guid.TryParse(principal.FindFirstValue(claimTypes.UserIdClaimType), out var userId) || stamp is null)
        {
            await RejectAsync(context);
            return;
        }

        var cache = services.GetRequiredService<SecurityStampCache>();
        if (cache.TryGet(userId, out var cached) && IsValid(cached, stamp))
        {
            return;
        }

        // Not cached, or the cookie is newer than the cache (a stamp just changed): ask the database.
        var db = services.GetRequiredService<AppDbContext>();
        var current = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new SecurityStampCache.Entry(u.SecurityStamp, u.IsDisabled))
            .FirstOrDefaultAsync() ?? new SecurityStampCache.Entry(null, true);
        cache.Set(userId, current);
        if (!IsValid(current, stamp))
        {
            await RejectAsync(context);
        }
    }

    private static bool IsValid(SecurityStampCache.Entry? entry, string stamp) =>
        entry is { IsDisabled: false, Stamp: not null } && string.Equals(entry.Stamp, stamp, StringComparison.Ordinal);

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
