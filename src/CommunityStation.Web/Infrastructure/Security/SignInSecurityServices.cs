using System.Net;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;

namespace CommunityStation.Web.Infrastructure.Security;

/// <summary>Sign-in throttling, two-factor requirements, per-request session checks, secure cookies and headers.</summary>
public static class SignInSecurityServices
{
    public static IServiceCollection AddSignInSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SignInSecurityOptions>(configuration.GetSection(SignInSecurityOptions.Section));
        services.Configure<SignInThrottleOptions>(configuration.GetSection(SignInThrottleOptions.Section));
        services.AddSingleton<SignInThrottle>();
        services.AddMemoryCache();

        // Changes made by this process reach the cache at once (AppUserManager); the lifetime bounds
        // how long a change made elsewhere (another instance) can go unseen.
        var stampCacheSeconds = configuration.GetValue("Identity:SecurityStampCacheSeconds", 600);
        services.AddSingleton(sp => new SecurityStampCache(sp.GetRequiredService<IMemoryCache>(), TimeSpan.FromSeconds(stampCacheSeconds)));

        services.Configure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, options =>
        {
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;

            // The stamp check on every request first; Identity's own validator then still rebuilds the
            // claims (roles, tenant) every Identity:SecurityStampSeconds.
            var rebuildClaims = options.Events.OnValidatePrincipal;
            options.Events.OnValidatePrincipal = async context =>
            {
                await SessionValidator.ValidateAsync(context);
                if (context.Principal is not null)
                {
                    await rebuildClaims(context);
                }
            };
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);

        // TempData carries new recovery codes to the page that shows them once.
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);

        // X-Forwarded-For/-Proto only from the proxies configured (none by default, and then not at all):
        // anyone else could claim any address, and the sign-in throttle and the audit trail trust it.
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in ReadList(configuration, "ForwardedHeaders:KnownProxies"))
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in ReadList(configuration, "ForwardedHeaders:KnownNetworks"))
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

        return services;
    }

    /// <summary>First in the pipeline: headers on every response, and the client's real address and scheme.</summary>
    public static IApplicationBuilder UseSecurityHeadersAndForwarding(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<SecurityHeadersMiddleware>();

        // With no known proxy or network the middleware would trust X-Forwarded-* from ANY sender, so
        // it only runs when some are configured.
        var forwarding = app.ApplicationServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<ForwardedHeadersOptions>>().Value;
        return forwarding.KnownProxies.Count + forwarding.KnownIPNetworks.Count > 0 ? app.UseForwardedHeaders() : app;
    }

    // A JSON array, or one comma-separated value (handy in an environment variable).
    private static IEnumerable<string> ReadList(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(key);
        var values = section.GetChildren().Select(c => c.Value).ToList();
        if (section.Value is { } single)
        {
            values.AddRange(single.Split(','));
        }

        return values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim());
    }
}
