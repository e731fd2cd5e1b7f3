namespace CommunityStation.Web.Tests.Pages.Health;

[Collection(PortalCollection.Name)]
public sealed class HealthTests(PortalFactory portal) : PortalTests(portal)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_healthy_without_signing_in(string url)
    {
        using var client = new PortalClient(Portal);
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
