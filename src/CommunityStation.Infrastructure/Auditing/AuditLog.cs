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
    private readonly Tenancy.TenantContext _actor;

    public AuditLog(NpgsqlDataSource dataSource, Tenancy.TenantContext actor)
    {
        _dataSource = dataSource;
        _actor = actor;
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
        await using var command = _dataSource.CreateCommand();
        Fill(command, entry, _actor.Clock);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The one INSERT of an audit row, for this writer and for the unit of work's own batches (the city-read entry).</summary>
    internal static void Fill(NpgsqlCommand command, AuditEntry entry, TimeProvider clock) => Fill(command.Parameters, sql => command.CommandText = sql, entry, clock);

    internal static void Fill(NpgsqlBatchCommand command, AuditEntry entry, TimeProvider clock) => Fill(command.Parameters, sql => command.CommandText = sql, entry, clock);

    private static void Fill(NpgsqlParameterCollection parameters, Action<string> sql, AuditEntry entry, TimeProvider clock)
    {
        sql("""
            INSERT INTO audit_entries (occurred_at, kind, user_id, user_name, tenant_id, entity, entity_key, before, after, detail, ip_address)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
            """);
        parameters.Add(new NpgsqlParameter { Value = entry.OccurredAt == default ? clock.GetUtcNow() : entry.OccurredAt.ToUniversalTime() });
        parameters.Add(new NpgsqlParameter { Value = entry.Kind });
        parameters.Add(new NpgsqlParameter { Value = (object?)entry.UserId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
        parameters.Add(new NpgsqlParameter { Value = Truncate(entry.UserName, 256), NpgsqlDbType = NpgsqlDbType.Text });
        parameters.Add(new NpgsqlParameter { Value = (object?)entry.TenantId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
        parameters.Add(new NpgsqlParameter { Value = Truncate(entry.Entity, 100), NpgsqlDbType = NpgsqlDbType.Text });
        parameters.Add(new NpgsqlParameter { Value = Truncate(entry.EntityKey, 200), NpgsqlDbType = NpgsqlDbType.Text });
        parameters.Add(new NpgsqlParameter { Value = (object?)entry.Before ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Jsonb });
        parameters.Add(new NpgsqlParameter { Value = (object?)entry.After ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Jsonb });
        parameters.Add(new NpgsqlParameter { Value = Truncate(entry.Detail, 1000), NpgsqlDbType = NpgsqlDbType.Text });
        parameters.Add(new NpgsqlParameter { Value = Truncate(entry.IpAddress, 64), NpgsqlDbType = NpgsqlDbType.Text });
    }

    private static object Truncate(string? value, int max) =>
        value is null ? DBNull.Value : value.Length <= max ? value : value[..max];

    // ---- The one way rows are made here (AuditEntry.For): who acted, from where and in which tenant come
    // ---- from the request's TenantContext, so every kind carries the same fields.

    /// <summary>
    /// A row for the request's user; <paramref name="tenantId"/>: the record's tenant when it is not the
    /// user's. Add it to the DbContext to record a decision in the same unit of work as the change.
    /// </summary>
    public AuditEntry Entry(string kind, string? entity = null, object? key = null, string? detail = null, Guid? tenantId = null, string? before = null, string? after = null) =>
        AuditEntry.For(_actor, kind, entity, Convert.ToString(key, System.Globalization.CultureInfo.InvariantCulture), detail, tenantId, before, after);

    /// <summary>Writes a row for the request's user now, on its own connection (kept whatever the request's transaction does).</summary>
    public Task WriteAsync(string kind, string? entity = null, object? key = null, string? detail = null, Guid? tenantId = null, CancellationToken ct = default) =>
        WriteAsync(Entry(kind, entity, key, detail, tenantId), ct);

    /// <summary>Writes a sign-in attempt now (see <see cref="AuditEntry.SignIn"/>), kept whatever the request's transaction does.</summary>
    public Task WriteSignInAsync(string kind, string? userName, Identity.AppUser? account, string? detail, string address, CancellationToken ct = default) =>
        WriteAsync(AuditEntry.SignIn(_actor, kind, userName, account, detail, address), ct);
}
