using System.Security.Claims;
using CommunityStation.Infrastructure.Tenancy;
using Serilog.Context;

namespace CommunityStation.Web.Infrastructure;

/// <summary>
/// Takes the tenant from the signed-in user (never from the route or a form) into the request's
/// <see cref="TenantContext"/>, and enriches every log event of the request with tenant and user.
/// </summary>
public sealed class TenantMiddleware
{
    private readonly RequestDelegate _next;

    public TenantMiddleware(RequestDelegate next)
    {
        _next = next;
    }

    public async Task InvokeAsync(HttpContext http, TenantContext tenant)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(tenant);
        var user = http.User;
        Guid? userId = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var u) ? u : null;
        Guid? tenantId = Guid.TryParse(user.FindFirstValue(AppClaims.TenantId), out var t) ? t : null;
        tenant.SetUser(userId, user.Identity?.IsAuthenticated == true ? user.Identity.Name : null, tenantId, http.Connection.RemoteIpAddress?.ToString());

        using (LogContext.PushProperty("TenantId", tenantId?.ToString("D", CultureInfo.InvariantCulture) ?? "-"))
        using (LogContext.PushProperty("UserName", tenant.UserName ?? "-"))
        {
            await _next(http);
        }
    }
}
