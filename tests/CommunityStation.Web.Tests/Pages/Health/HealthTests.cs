namespace CommunityStation.Web.Tests.Pages.Health;

public sealed class HealthTests(PortalFactory portal) : SharedPortalTests(portal)
{
    [Fact]
    public async Task Liveness_answers_healthy_without_signing_in()
    {
        var response = await GetAnonymouslyAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readiness_answers_healthy_with_the_database_and_the_reminders_in_its_details()
    {
        var response = await GetAnonymouslyAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        var checks = json.RootElement.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
        Assert.False(checks.GetProperty("reminders").GetProperty("data").GetProperty("enabled").GetBoolean());
    }
}
