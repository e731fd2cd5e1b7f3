using CommunityStation.Web.Infrastructure.Reminders;
using CommunityStation.Web.Infrastructure.Security;

namespace CommunityStation.Web.Infrastructure.Operations;

/// <summary>What running a real city takes besides the pages (issue 12): shared keys, public links, reminders, telemetry.</summary>
public static class OperationsServices
{
    public static IServiceCollection AddPortalOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPortalDataProtection();
        services.Configure<PortalOptions>(configuration.GetSection(PortalOptions.Section));
        services.AddSingleton<PublicLinks>();

        services.Configure<ReminderOptions>(configuration.GetSection(ReminderOptions.Section));
        services.AddSingleton<ReminderJob>();
        services.AddHostedService<ReminderService>();
        services.AddHealthChecks().AddCheck<ReminderHealthCheck>("reminders", tags: [HealthEndpoints.ReadyTag]);

        services.AddHostedService<SecurityStampListener>();
        services.AddPortalTelemetry(configuration);
        return services;
    }

    /// <summary>Before serving: the public address is valid (it fails the start, not the first receipt) and the key ring has a key.</summary>
    public static async Task PrepareOperationsAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        _ = app.Services.GetRequiredService<PublicLinks>();
        await app.EnsureDataProtectionKeyAsync();
    }
}
