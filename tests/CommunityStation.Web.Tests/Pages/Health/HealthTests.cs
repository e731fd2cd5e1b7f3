namespace CommunityStation.Web.Tests.Pages.Health;

public sealed class HealthTests(PortalFactory portal) : SharedPortalTests(portal)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_healthy_without_signing_in(string url)
    {
        var response = await GetAnonymouslyAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
