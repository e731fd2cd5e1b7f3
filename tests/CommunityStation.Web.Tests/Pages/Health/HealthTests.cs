using System.Net;
using CommunityStation.Web.Tests.Infrastructure;

namespace CommunityStation.Web.Tests.Pages.Health;

[Collection(PortalCollection.Name)]
public sealed class HealthTests
{
    private readonly PortalFactory _portal;

    public HealthTests(PortalFactory portal)
    {
        _portal = portal;
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_healthy_without_signing_in(string url)
    {
        using var client = new PortalClient(_portal);
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
