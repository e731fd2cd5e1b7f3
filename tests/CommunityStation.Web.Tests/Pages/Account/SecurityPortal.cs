using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace CommunityStation.Web.Tests.Pages.Account;

/// <summary>
/// The portal behind a pretend reverse proxy (10.9.9.9, configured as known), so each client chooses its
/// address with X-Forwarded-For; small sign-in throttle limits; Identity's periodic claims rebuild
/// pushed out to an hour, so ending sessions is down to the per-request stamp check alone.
/// </summary>
public sealed class SecurityPortal : PortalFactory
{
    /// <summary>
    /// These classes start a second portal in the test process: their collection runs on its own, after
    /// the parallel ones, because the portal's Serilog bootstrap logger is process-wide and two hosts
    /// starting at the same moment would both try to freeze it.
    /// </summary>
    public const string Collection = "security portal";

    public const string Proxy = "10.9.9.9";
    public const string Password = PortalFactory.ProbePassword;

    public CountingPasswordHasher Hasher { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Identity:SecurityStampSeconds", "3600");
        builder.UseSetting("ForwardedHeaders:KnownProxies", Proxy);
        builder.UseSetting("Security:SignInThrottle:PerAddress:Failures", "6");
        builder.UseSetting("Security:SignInThrottle:PerAddressAndName:Failures", "3");
        builder.UseSetting("Security:SignInThrottle:PerName:Failures", "5");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, ProxyAddressFilter>();
            services.AddSingleton<IPasswordHasher<AppUser>>(Hasher);
        });
    }

    /// <summary>A client whose requests come from <paramref name="address"/> through the proxy.</summary>
    public PortalClient ClientFrom(string address)
    {
        var client = new PortalClient(this);
        client.SetHeader("X-Forwarded-For", address);
        return client;
    }

    /// <summary>Test requests have no remote address: make them come from the proxy.</summary>
    private sealed class ProxyAddressFilter : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress ??= IPAddress.Parse(Proxy);
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>Identity's hasher, counting how often a password is checked.</summary>
public sealed class CountingPasswordHasher : IPasswordHasher<AppUser>
{
    private readonly PasswordHasher<AppUser> _inner = new();
    private int _verifications;

    public int Verifications => _verifications;

    public string HashPassword(AppUser user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verifications);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

[CollectionDefinition(SecurityPortal.Collection, DisableParallelization = true)]
public sealed class SecurityPortalCollection
{
}

/// <summary>A class on the security portal: a portal of its own, in the collection that runs alone.</summary>
[Collection(SecurityPortal.Collection)]
public abstract class SecurityPortalTests(SecurityPortal portal) : PortalTests<SecurityPortal>(portal), IClassFixture<SecurityPortal>;
