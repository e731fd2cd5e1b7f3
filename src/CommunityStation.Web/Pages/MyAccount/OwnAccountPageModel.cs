using CommunityStation.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;

namespace CommunityStation.Web.Pages.MyAccount;

/// <summary>
/// A page on the signed-in user's own account. Every handler acts on that account; a cookie whose account
/// is gone is challenged (sent to sign in) instead.
/// </summary>
public abstract class OwnAccountPageModel(AppSignInManager signIn) : PageModel
{
    protected AppSignInManager SignInManager => signIn;

    protected UserManager<AppUser> Users => signIn.UserManager;

    /// <summary>Runs <paramref name="handle"/> on the signed-in user's account.</summary>
    protected async Task<IActionResult> ForUserAsync(Func<AppUser, Task<IActionResult>> handle)
    {
        ArgumentNullException.ThrowIfNull(handle);
        var user = await Users.GetUserAsync(User);
        return user is null ? Challenge() : await handle(user);
    }

    /// <summary>An Identity change that must succeed: a refusal here is a fault, not a user error.</summary>
    protected static void Check(IdentityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Identity refused the change: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }
}
