using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CommunityStation.Web.Tests.Infrastructure;

/// <summary>
/// The portal on a fake clock: the whole app (pages, audit, seeding) reads <see cref="Clock"/>, which a
/// test sets to any instant (<c>AdjustTime</c> may also go back). Starts at 10:00 Beijing on 30 September 2026.
/// </summary>
public sealed class ClockedPortalFactory : PortalFactory
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 9, 30, 10, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime());

    /// <summary>Sets the clock to a Beijing wall-clock time (kept as UTC, as the real clock gives it: Npgsql stores UTC only).</summary>
    public void SetBeijing(int year, int month, int day, int hour, int minute) =>
        Clock.AdjustTime(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(8)).ToUniversalTime());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }
}
