using Npgsql;

namespace CommunityStation.Web.Infrastructure.Security;

/// <summary>
/// Keeps every instance's <see cref="SecurityStampCache"/> honest (issue 12): a trigger on <c>users</c> sends
/// <c>NOTIFY cs_user_changed</c> with the user's id when their stamp or disabled flag changes (sign-out,
/// password or two-factor change, disabling, on any instance or by SQL), and each instance forgets that user.
/// While the channel is down the cache lifetime bounds what is missed; after reconnecting everyone is forgotten.
/// </summary>
public sealed class SecurityStampListener(NpgsqlDataSource dataSource, SecurityStampCache cache, TimeProvider clock, ILogger<SecurityStampListener> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, e) =>
                {
                    if (Guid.TryParse(e.Payload, out var userId))
                    {
                        cache.Invalidate(userId);
                    }
                };
                await using (var listen = new NpgsqlCommand($"LISTEN {SecurityStampCache.ChangeChannel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                // Anything that changed while not listening is unknown: forget everyone once.
                cache.InvalidateAll();
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Lost the user-change channel; listening again in 10 seconds");
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(10), clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
