using CommunityStation.Web.Infrastructure.Operations;
using CommunityStation.Web.Infrastructure.Reminders;
using CommunityStation.Web.Infrastructure.Security;
using CommunityStation.Web.Tests.Pages.Desk;
using Microsoft.Extensions.Configuration;

namespace CommunityStation.Web.Tests.Operations;

/// <summary>Issue 12: Production is configured by settings alone, and links that go on paper use the configured public address.</summary>
public sealed class ConfigurationTests(PortalFactory portal) : OwnPortalTests(portal)
{
    [Fact]
    public async Task The_receipts_links_use_the_configured_public_address_whatever_host_the_request_names()
    {
        using var desk = await SignInAsync("demo-desk");
        desk.SetHeader("Host", "attacker.example");
        var (_, receipt) = await DeskSteps.IntakeAsync(desk, "陈大伯", "13900004444");
        Assert.StartsWith("http://localhost:5080/s/yicheng/", receipt.QuerySelector("#status-link")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.StartsWith("http://localhost:5080/r/yicheng/", receipt.QuerySelector("#rating-link")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.DoesNotContain("attacker.example", receipt.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void The_production_sample_is_valid_json_with_comments_and_binds_to_the_portals_options()
    {
        var sample = Path.Combine(TestPostgres.RepositoryRoot(), "deploy", "appsettings.Production.sample.json");
        var configuration = new ConfigurationBuilder().AddJsonFile(sample, optional: false).Build();

        Assert.Equal("https://shequ.example.gov.cn/", PublicLinks.Parse(configuration.GetSection(PortalOptions.Section).Get<PortalOptions>()!.PublicBaseUrl).AbsoluteUri);
        var reminders = configuration.GetSection(ReminderOptions.Section).Get<ReminderOptions>()!;
        Assert.True(reminders.Enabled);
        Assert.Equal(TimeSpan.FromMinutes(60), reminders.Interval);
        var throttle = configuration.GetSection(SignInThrottleOptions.Section).Get<SignInThrottleOptions>()!;
        Assert.Equal(new SignInThrottleOptions().PerAddressAndName.Failures, throttle.PerAddressAndName.Failures);
        Assert.Equal(new SignInThrottleOptions().PerName.ReplenishSeconds, throttle.PerName.ReplenishSeconds);
        Assert.False(configuration.GetValue<bool>("Database:MigrateOnStart"));
        Assert.Equal("Warning", configuration["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"]);
        Assert.Contains("Username=cs_app", configuration.GetConnectionString("Default"), StringComparison.Ordinal);
        Assert.Null(configuration.GetConnectionString("Migrations"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("shequ.example.gov.cn")]
    [InlineData("ftp://shequ.example.gov.cn")]
    [InlineData("https://shequ.example.gov.cn/?x=1")]
    public void A_public_address_that_is_not_an_http_url_stops_the_start_with_what_to_set(string? configured)
    {
        var refused = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => PublicLinks.Parse(configured));
        Assert.Contains("Portal:PublicBaseUrl", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_keep_a_path_the_portal_is_served_under()
    {
        var links = new PublicLinks(Microsoft.Extensions.Options.Options.Create(new PortalOptions { PublicBaseUrl = "https://gov.example/shequ/" }));
        Assert.Equal("https://gov.example/shequ/s/yicheng/abc", links.Absolute("/s/yicheng/abc"));
    }
}
