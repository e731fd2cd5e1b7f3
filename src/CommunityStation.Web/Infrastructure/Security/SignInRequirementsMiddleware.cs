using Microsoft.Extensions.Options;

namespace CommunityStation.Web.Infrastructure.Security;

/// <summary>
/// Keeps a signed-in user who still owes a step on the page for it: a password an administrator set
/// must be replaced first, and a role that requires two-factor sign-in must enrol an authenticator.
/// Until then every other page redirects there (sign-out, the language switch and errors still work).
/// </summary>
public sealed class SignInRequirementsMiddleware
{
    public const string ChangePasswordPage = "/MyAccount/ChangePassword";
    public const string EnrolPage = "/MyAccount/Authenticator";

    private static readonly HashSet<string> AlwaysOpen = new(StringComparer.OrdinalIgnoreCase)
    {
        "/Account/Login", "/Account/LoginWith2fa", "/Account/Logout", "/Account/AccessDenied", "/Culture", "/Error",
    };

    private readonly RequestDelegate _next;

    public SignInRequirementsMiddleware(RequestDelegate next)
    {
        _next = next;
    }

    public Task InvokeAsync(HttpContext context, IOptions<SignInSecurityOptions> options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        var user = context.User;

        // Pages only: static files and health checks need no account.
        var page = context.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath;
        if (user.Identity?.IsAuthenticated != true || page is null || AlwaysOpen.Contains(page))
        {
            return _next(context);
        }

        if (user.HasClaim(c => c.Type == AppClaims.MustChangePassword))
        {
            return page.Equals(ChangePasswordPage, StringComparison.OrdinalIgnoreCase) ? _next(context) : Send(context, ChangePasswordPage);
        }

        if (options.Value.MustEnrolTwoFactor(user))
        {
            return page.Equals(EnrolPage, StringComparison.OrdinalIgnoreCase) ? _next(context) : Send(context, EnrolPage);
        }

        return _next(context);
    }

    private static Task Send(HttpContext context, string page)
    {
        context.Response.Redirect(page);
        return Task.CompletedTask;
    }
}
