using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using CommunityStation.Infrastructure.Auditing;
using Npgsql;

namespace CommunityStation.Infrastructure.Persistence;

/// <summary>
/// Sets <c>app.tenant_id</c> and <c>app.city_read</c> for the row-level-security policies, per
/// transaction (<c>set_config(…, true)</c>), so a pooled connection never carries another request's
/// tenant. Runs when a transaction starts and again when the unit of work changes tenant. When a transaction
/// starts for a signed-in user, the same statement also counts the user's unread notifications (the layout's
/// badge, <see cref="AppDbContext.UnreadAtStart"/>): a page pays no round-trip of its own for it (issue 13).
/// </summary>
public sealed class TenantSessionSettings : DbTransactionInterceptor
{
    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is AppDbContext db)
        {
            using var command = CreateCommand(connection, result, db, withUnread: true);
            using var reader = command.ExecuteReader();
            db.UnreadAtStart = reader.Read() && reader.FieldCount > 2 ? reader.GetInt32(2) : null;
        }

        return result;
    }

    public override async ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is AppDbContext db)
        {
            await using var command = CreateCommand(connection, result, db, withUnread: true);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            db.UnreadAtStart = await reader.ReadAsync(cancellationToken) && reader.FieldCount > 2 ? reader.GetInt32(2) : null;
        }

        return result;
    }

    /// <summary>Re-applies the settings inside the current transaction, if there is one.</summary>
    public static async Task ApplyAsync(AppDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var transaction = db.Database.CurrentTransaction;
        if (transaction is null)
        {
            return;
        }

        await using var command = CreateCommand(db.Database.GetDbConnection(), transaction.GetDbTransaction(), db);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// Re-applies the settings inside the current transaction and writes <paramref name="audit"/> with them, in
    /// one round-trip (an Npgsql batch): entering the audited city-read mode costs one statement, not an
    /// EF save (savepoint, insert, release) and then the settings. False when there is no transaction.
    /// </summary>
    public static async Task<bool> ApplyWithAuditAsync(AppDbContext db, AuditEntry audit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.CurrentTransaction is not { } transaction || db.Database.GetDbConnection() is not NpgsqlConnection connection)
        {
            return false;
        }

        await using var batch = new NpgsqlBatch(connection, (NpgsqlTransaction)transaction.GetDbTransaction());
        var insert = new NpgsqlBatchCommand();
        AuditLog.Fill(insert, audit, db.Tenant.Clock);
        batch.BatchCommands.Add(insert);
        var settings = new NpgsqlBatchCommand("SELECT set_config('app.tenant_id', $1, true), set_config('app.city_read', $2, true)");
        settings.Parameters.Add(new NpgsqlParameter { Value = db.CurrentTenantId?.ToString() ?? string.Empty });
        settings.Parameters.Add(new NpgsqlParameter { Value = db.CityReadMode ? "on" : "off" });
        batch.BatchCommands.Add(settings);
        await batch.ExecuteNonQueryAsync(ct);
        return true;
    }

    private static DbCommand CreateCommand(DbConnection connection, DbTransaction transaction, AppDbContext db, bool withUnread = false)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT set_config('app.tenant_id', @tenant, true), set_config('app.city_read', @city, true)";
        AddParameter(command, "tenant", db.CurrentTenantId?.ToString() ?? string.Empty);
        AddParameter(command, "city", db.CityReadMode ? "on" : "off");
        if (withUnread && db.Tenant.UserId is { } userId)
        {
            command.CommandText += ", " + UnreadCount(db);
            var user = command.CreateParameter();
            user.ParameterName = "user";
            user.Value = userId;
            command.Parameters.Add(user);
        }

        return command;
    }

    /// <summary>
    /// <c>Notifier.UnreadCountAsync</c> as a scalar subquery, named from the EF model (notifications are city-level:
    /// no row-level security, so the settings beside it do not change what it counts).
    /// </summary>
    private static string UnreadCount(AppDbContext db)
    {
        var notification = db.Model.FindEntityType(typeof(Notification))!;
        var table = StoreObjectIdentifier.Table(notification.GetTableName()!, notification.GetSchema());
        string Column(string property) => "\"" + notification.FindProperty(property)!.GetColumnName(table) + "\"";
        return $"(SELECT count(*)::integer FROM \"{table.Name}\" WHERE {Column(nameof(Notification.RecipientId))} = @user AND {Column(nameof(Notification.ReadAt))} IS NULL) AS unread";
    }

    private static void AddParameter(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
