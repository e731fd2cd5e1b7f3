namespace CommunityStation.Web.Pages.Account;

public sealed class LogoutModel(AppSignInManager signIn, AuditLog audit) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await audit.WriteAsync(AuditKinds.SignOut);

            // A new security stamp makes every copy of the cookie worthless, not just this browser's
            // (so signing out also ends the user's sessions elsewhere).
            if (await signIn.UserManager.GetUserAsync(User) is { } user)
            {
                var rotated = await signIn.UserManager.UpdateSecurityStampAsync(user);
                if (!rotated.Succeeded)
                {
                    throw new InvalidOperationException("The security stamp could not be changed at sign-out.");
                }
            }
        }

        await signIn.SignOutAsync();
        return Redirect("/Account/Login");
    }
}
