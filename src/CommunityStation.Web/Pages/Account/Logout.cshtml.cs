using CommunityStation.Infrastructure.Auditing;
using CommunityStation.Infrastructure.Identity;
using CommunityStation.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityStation.Web.Pages.Account;

public sealed class LogoutModel : PageModel
{
    private readonly AppSignInManager _signIn;
    private readonly AuditLog _audit;

    public LogoutModel(AppSignInManager signIn, AuditLog audit)
    {
        _signIn = signIn;
        _audit = audit;
    }

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await _audit.WriteAsync(AuditKinds.SignOut);

            // A new security stamp makes every copy of the cookie worthless, not just this browser's
            // (so signing out also ends the user's sessions elsewhere).
            if (await _signIn.UserManager.GetUserAsync(User) is { } user)
            {
                var rotated = await _signIn.UserManager.UpdateSecurityStampAsync(user);
                if (!rotated.Succeeded)
                {
                    throw new InvalidOperationException("The security stamp could not be changed at sign-out.");
                }
            }
        }

        await _signIn.SignOutAsync();
        return Redirect("/Account/Login");
    }
}
