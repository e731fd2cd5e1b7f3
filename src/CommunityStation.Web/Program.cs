using CommunityStation.Infrastructure.Seeding;
using CommunityStation.Infrastructure.Tenancy;
using CommunityStation.Web;
using CommunityStation.Web.Infrastructure.Security;
using CommunityStation.Web.Infrastructure.Input;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Npgsql;
using Serilog;
using Serilog.Formatting.Compact;

Log.Logger = new LoggerConfiguration().WriteTo.Console(formatProvider: CultureInfo.InvariantCulture).CreateBootstrapLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);

    builder.Services.AddSerilog((services, logger) =>
    {
        logger.ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .MinimumLevel.Override("Microsoft.AspNetCore", Serilog.Events.LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", Serilog.Events.LogEventLevel.Warning);
        if (builder.Environment.IsProduction())
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

    using (var loggerFactory = LoggerFactory.Create(b => b.AddSerilog(Log.Logger)))
    {
        await DatabaseStartup.ResolveConnectionStringsAsync(builder, loggerFactory.CreateLogger("Database"));
    }

    builder.Services.AddPortal(builder.Configuration);

    var app = builder.Build();
    app.UseSecurityHeadersAndForwarding();

    if (app.Environment.IsDevelopment())
    {
        app.UseDeveloperExceptionPage();
    }
    else
    {
        app.UseExceptionHandler("/Error");
        app.UseHsts();
    }

    app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
    app.UseSerilogRequestLogging();
    app.UseRequestLocalization();
    app.UseDatabaseOutagePage();
    app.UsePortalInput();
    app.UseRouting();
    app.UseAuthentication();
    app.UseMiddleware<SignInRequirementsMiddleware>();
    app.UseMiddleware<TenantMiddleware>();
    app.UseAuthorization();

    app.MapStaticAssets();
    app.MapRazorPages().WithStaticAssets();
    app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
    app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });

    await DatabaseStartup.PrepareDatabaseAsync(app);

    app.Lifetime.ApplicationStarted.Register(() =>
    {
        var urls = string.Join(", ", app.Urls);
        Log.Information("CommunityStation is serving on {Urls}", urls);
        if (app.Configuration.GetValue("Demo:Seed", app.Environment.IsDevelopment()))
        {
            Log.Information("Demo accounts (password {Password}): {Accounts}", DemoData.Password, string.Join(", ", DemoData.Accounts.Select(a => a.UserName)));
        }
    });

    await app.RunAsync();
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "CommunityStation failed to start");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Entry point; public so WebApplicationFactory can start the portal in tests.</summary>
public partial class Program;
