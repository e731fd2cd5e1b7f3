using Serilog;
using Serilog.Formatting.Compact;

namespace CommunityStation.Web.Infrastructure.Operations;

/// <summary>
/// Serilog from configuration: levels and overrides come from <c>Serilog:MinimumLevel</c> (appsettings or
/// <c>Serilog__MinimumLevel__Override__Microsoft.AspNetCore=Information</c> in the environment); the console is JSON
/// in Production (for a log shipper) and one readable line elsewhere.
/// </summary>
public static class PortalLogging
{
    public static WebApplicationBuilder AddPortalLogging(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var production = builder.Environment.IsProduction();
        builder.Services.AddSerilog(
            (services, logger) =>
            {
                logger.ReadFrom.Configuration(builder.Configuration)
                    .ReadFrom.Services(services)
                    .Enrich.FromLogContext();
                if (production)
                {
                    logger.WriteTo.Console(new CompactJsonFormatter());
                }
                else
                {
                    logger.WriteTo.Console(
                        outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {{tenant={TenantId} user={UserName}}}{NewLine}{Exception}",
                        formatProvider: CultureInfo.InvariantCulture);
                }
            },
            // The host's logger is its own, not the static bootstrap one: several hosts in one process (test
            // fixtures running in parallel) would otherwise race to freeze the same reloadable logger.
            preserveStaticLogger: true);
        return builder;
    }
}
