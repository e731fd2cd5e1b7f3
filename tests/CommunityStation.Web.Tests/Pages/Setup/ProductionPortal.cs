namespace CommunityStation.Web.Tests.Pages.Setup;

/// <summary>
/// The portal as a city first starts it: the Production environment on an empty database, with only the connection
/// strings, the public address and the bootstrap administrator configured (no demo data, no demo accounts, no two-factor exemption).
/// </summary>
public sealed class ProductionPortal : PortalFactory
{
    public const string AdminUserName = "city-admin";
    public const string BootstrapPassword = "Bootstrap!yixing-2026";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("Demo:Seed", "false");
        builder.UseSetting("Bootstrap:AdminUserName", AdminUserName);
        builder.UseSetting("Bootstrap:AdminPassword", BootstrapPassword);
        // The upgrade normally runs as its own step (the migrate verb); a first start may opt in to migrating itself.
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("Portal:PublicBaseUrl", "https://portal.example.gov.cn");
    }
}
