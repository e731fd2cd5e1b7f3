using CommunityStation.Infrastructure.Database;
using Npgsql;
using NpgsqlTypes;

namespace CommunityStation.Infrastructure.Auditing;

/// <summary>
/// Writes audit events that are not data changes (sign-ins, denied access, personal-data views) on
/// their own connection, so they are kept even when the request's transaction rolls back. The data
/// source is the one EF uses too, so a pool emptied after an outage is emptied for both.
/// </summary>
public sealed class AuditLog
{
    private readonly NpgsqlDataSource _dataSource;

    public AuditLog(NpgsqlDataSource dataSource)
    {
        _dataSource = dataSource;
    }

    public async Task WriteAsync(AuditEntry entry, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entry);

        // After a database restart the first pooled connection may be dead: try once more on a fresh one.
        // (If the first INSERT did reach the server before the connection broke, the event is kept twice,
        // which is better than not at all.)
        await DatabaseOutage.RetryOnceAsync(_dataSource, () => InsertAsync(entry, ct));
    }

    private async Task InsertAsync(AuditEntry entry, CancellationToken ct)
    {
        await using var command = _dataSource.CreateCommand("""
            INSERT INTO audit_entries (occurred_at, kind, user_id, user_name, tenant_id, entity, entity_key, before, after, detail, ip_address)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = entry.OccurredAt == default ? DateTimeOffset.UtcNow : entry.OccurredAt.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter { Value = entry.Kind });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)entry.UserId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter { Value = Truncate(entry.UserName, 256), NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)entry.TenantId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter { Value = Truncate(entry.Entity, 100), NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = Truncate(entry.EntityKey, 200), NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)entry.Before ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Jsonb });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)entry.After ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Jsonb });
        command.Parameters.Add(new NpgsqlParameter { Value = Truncate(entry.Detail, 1000), NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = Truncate(entry.IpAddress, 64), NpgsqlDbType = NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(ct);
    }

    private static object Truncate(string? value, int max) =>
        value is null ? DBNull.Value : value.Length <= max ? value : value[..max];
}
