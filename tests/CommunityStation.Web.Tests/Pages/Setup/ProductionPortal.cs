namespace CommunityStation.Web.Tests.Pages.Setup;

/// <summary>
/// The portal as a city first starts it: the Production environment on an empty database, with only the connection
/// strings, the public address and the bootstrap administrator configured (no demo data, no demo accounts, no two-factor exemption).
/// </summary>
public sealed class ProductionPortal : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        ProductionHost.Configure(builder, "https://portal.example.gov.cn");
    }
}
