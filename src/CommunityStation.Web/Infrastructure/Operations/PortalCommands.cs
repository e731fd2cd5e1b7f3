using CommunityStation.Infrastructure.Database;
using Npgsql;
using Serilog;

namespace CommunityStation.Web.Infrastructure.Operations;

/// <summary>
/// The portal's verbs besides serving (issue 12), run as <c>dotnet CommunityStation.Web.dll VERB</c>:
/// <list type="bullet">
/// <item><c>migrate</c>: the upgrade step. Applies the migrations and the app role's grants as the owner
/// (<c>ConnectionStrings:Migrations</c>), then exits. The app role is <c>Database:AppRole</c>, else the user of
/// <c>ConnectionStrings:Default</c>, else <c>cs_app</c>. <c>migrate --list</c> shows applied and pending migrations.</item>
/// <item><c>healthcheck [URL]</c>: asks <c>/health/ready</c> of the instance on this machine and exits 0 when it is
/// ready (for container health checks: the aspnet image has neither curl nor wget).</item>
/// </list>
/// Configuration is read as the portal reads it (appsettings, appsettings.{Environment}, environment, command line).
/// </summary>
public static class PortalCommands
{
    public const string Migrate = "migrate";
    public const string HealthCheck = "healthcheck";

    /// <summary>The exit code when <paramref name="args"/> name a verb; null when the portal should serve.</summary>
    public static async Task<int?> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args.FirstOrDefault() switch
        {
            Migrate => await MigrateAsync(args[1..]),
            HealthCheck => await CheckHealthAsync(args[1..]),
            _ => null,
        };
    }

    private static async Task<int> MigrateAsync(string[] args)
    {
        using var logger = new LoggerConfiguration().WriteTo.Console(formatProvider: CultureInfo.InvariantCulture).CreateLogger();
        using var factory = LoggerFactory.Create(b => b.AddSerilog(logger));
        var log = factory.CreateLogger("migrate");
        if (args.Contains("--to", StringComparer.Ordinal))
        {
            log.LogError("migrate --to is not offered: down-migrations drop columns and tables with their data. Roll back by restoring the backup taken before the upgrade (docs/operations.md, \"Rolling back\").");
            return 2;
        }

        var configuration = WebApplication.CreateBuilder(args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal)).ToArray()).Configuration;
        var owner = configuration.GetConnectionString("Migrations");
        if (string.IsNullOrWhiteSpace(owner))
        {
            log.LogError("ConnectionStrings:Migrations is not set: set ConnectionStrings__Migrations to the owner role's connection string (e.g. Host=db;Database=communitystation;Username=cs_owner;Password=...).");
            return 2;
        }

        try
        {
            if (args.Contains("--list", StringComparer.Ordinal))
            {
                var (applied, pending) = await DatabaseInitializer.ListAsync(owner);
                Console.WriteLine(string.Join(Environment.NewLine, applied.Select(m => "applied  " + m).Concat(pending.Select(m => "pending  " + m))));
                return 0;
            }

            var appRole = configuration["Database:AppRole"]
                ?? (configuration.GetConnectionString("Default") is { Length: > 0 } app ? new NpgsqlConnectionStringBuilder(app).Username : null)
                ?? DatabaseProvisioner.AppRole;
            await DatabaseInitializer.MigrateAndGrantAsync(owner, appRole, log);
            log.LogInformation("Upgrade done: the schema is current and {Role} has its grants", appRole);
            return 0;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or ArgumentException)
        {
            log.LogError(e, "The upgrade failed; the database is as the last migration that completed left it (each migration runs in its own transaction)");
            return 1;
        }
    }

    private static async Task<int> CheckHealthAsync(string[] args)
    {
        var url = args.FirstOrDefault() ?? LocalReadyUrl();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await http.GetAsync(new Uri(url));
            Console.WriteLine($"{url}: {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or UriFormatException)
        {
            Console.WriteLine($"{url}: {e.Message}");
            return 1;
        }
    }

    /// <summary>The ready endpoint on this machine, on the port the portal listens on (ASPNETCORE_HTTP_PORTS, as the aspnet image sets, or ASPNETCORE_URLS).</summary>
    private static string LocalReadyUrl()
    {
        var port = Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS")?.Split(';', ',')[0];
        if (string.IsNullOrWhiteSpace(port) && Environment.GetEnvironmentVariable("ASPNETCORE_URLS")?.Split(';')[0] is { Length: > 0 } first)
        {
            var normalised = first.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal);
            port = Uri.TryCreate(normalised, UriKind.Absolute, out var uri) ? uri.Port.ToString(CultureInfo.InvariantCulture) : null;
        }

        return $"http://127.0.0.1:{(string.IsNullOrWhiteSpace(port) ? "8080" : port.Trim())}/health/ready";
    }
}
