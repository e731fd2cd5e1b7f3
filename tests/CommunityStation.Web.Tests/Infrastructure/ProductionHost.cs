namespace CommunityStation.Web.Tests.Infrastructure;

/// <summary>
/// A test portal started as a city starts it in Production: no demo data, a bootstrap administrator, the public address,
/// and (since a test's database starts empty) migrating on start, which in a city is the upgrade step's job.
/// </summary>
public static class ProductionHost
{
    /// <summary>The bootstrap administrator (Bootstrap:AdminUserName), whose password must be changed at the first sign-in.</summary>
    public const string AdminUserName = "city-admin";

    public const string BootstrapPassword = "Bootstrap!yixing-2026";

    public static void Configure(IWebHostBuilder builder, string publicBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("Demo:Seed", "false");
        builder.UseSetting("Bootstrap:AdminUserName", AdminUserName);
        builder.UseSetting("Bootstrap:AdminPassword", BootstrapPassword);
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("Portal:PublicBaseUrl", publicBaseUrl);
    }
}
