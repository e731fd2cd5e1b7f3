using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CommunityStation.Infrastructure.Database;

/// <summary>
/// The one place that decides whether an exception means "the database cannot be reached right now"
/// (server down, connection refused or broken, timeout, server shutting down) rather than a bug or a
/// refused statement. Such requests get a 503 "temporarily unavailable" page, and a first attempt that
/// met a connection broken while idle in the pool may be retried once.
/// </summary>
public static class DatabaseOutage
{
    public static bool IsOutage(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres:
                    // Only server states that mean "not available now": connection exceptions (08), insufficient
                    // resources (53, e.g. too many connections) and shutdown/startup (57P01–57P03). A deadlock or
                    // serialisation failure is transient too, but it is not an outage.
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
                        || postgres.SqlState.StartsWith("53", StringComparison.Ordinal)
                        || postgres.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow;
                case NpgsqlException { IsTransient: true }:
                case SocketException:
                case TimeoutException:
                    return true;
                case NpgsqlException:
                case InvalidOperationException:
                case DbUpdateException:
                case RetryLimitExceededException:
                case AggregateException:
                    // Wrappers (EF wraps provider errors; Npgsql wraps socket errors): look inside.
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Runs <paramref name="action"/>; if it fails because of an outage, drops the pool's idle connections
    /// (after a database restart they are all dead) and tries once more. For work that has not changed
    /// anything before it failed, e.g. opening a transaction or a single INSERT.
    /// </summary>
    public static async Task RetryOnceAsync(NpgsqlDataSource dataSource, Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            await action();
        }
        catch (Exception e) when (IsOutage(e))
        {
            dataSource.Clear();
            await action();
        }
    }
}
