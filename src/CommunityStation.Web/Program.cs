using CommunityStation.Infrastructure.Seeding;
using CommunityStation.Infrastructure.Tenancy;
using CommunityStation.Web.Infrastructure.Input;
using CommunityStation.Web.Infrastructure.Operations;
using CommunityStation.Web.Infrastructure.Security;
using Serilog;

// migrate, healthcheck: the operations verbs (docs/operations.md); anything else serves the portal.
if (await PortalCommands.RunAsync(args) is { } exitCode)
{
    return exitCode;
}

Log.Logger = new LoggerConfiguration().WriteTo.Console(formatProvider: CultureInfo.InvariantCulture).CreateBootstrapLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddPortalLogging();

    using (var loggerFactory = LoggerFactory.Create(b => b.AddSerilog(Log.Logger)))
    {
        await DatabaseStartup.ResolveConnectionStringsAsync(builder, loggerFactory.CreateLogger("Database"));
    }

    builder.Services.AddPortal(builder.Configuration);
    builder.Services.AddPortalOperations(builder.Configuration);

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
    app.MapPortalHealth();

    await DatabaseStartup.PrepareDatabaseAsync(app);
    await app.PrepareOperationsAsync();

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
    return 0;
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
