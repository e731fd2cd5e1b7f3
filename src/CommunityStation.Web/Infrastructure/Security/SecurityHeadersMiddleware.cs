namespace CommunityStation.Web.Infrastructure.Security;

/// <summary>
/// Security headers on every response — pages, static files, redirects and error pages. Set when the
/// response starts, so an exception handler that clears the response cannot lose them.
/// </summary>
public sealed class SecurityHeadersMiddleware
{
    // No inline script anywhere (site.js reads data- attributes instead of on* handlers). The pages carry
    // no style attributes any more, but the vendored jQuery validation scripts still apply inline styles
    // (a browser test saw them), so style-src keeps 'unsafe-inline'; data: images are Bootstrap's icons.
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private readonly RequestDelegate _next;

    public SecurityHeadersMiddleware(RequestDelegate next)
    {
        _next = next;
    }

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(
            static state =>
            {
                var headers = ((HttpResponse)state).Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                // For browsers that predate frame-ancestors.
                headers.XFrameOptions = "DENY";
                return Task.CompletedTask;
            },
            context.Response);
        return _next(context);
    }
}
