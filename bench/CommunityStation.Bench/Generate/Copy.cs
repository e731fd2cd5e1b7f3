using Npgsql;
using NpgsqlTypes;

namespace CommunityStation.Bench;

/// <summary>One binary COPY into one table, with typed column writers (null-aware).</summary>
public sealed class Copy(NpgsqlBinaryImporter importer)
{
    public static async Task<long> IntoAsync<T>(NpgsqlDataSource db, string table, string columns, IEnumerable<T> rows, Action<Copy, T> write)
    {
        await using var connection = await db.OpenConnectionAsync();
        // Generated rows are consistent by construction; skip the foreign-key triggers while loading (superuser only).
        await using (var replica = new NpgsqlCommand("SET session_replication_role = replica", connection))
        {
            await replica.ExecuteNonQueryAsync();
        }

        await using var importer = await connection.BeginBinaryImportAsync($"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY)");
        var copy = new Copy(importer);
        long count = 0;
        foreach (var row in rows)
        {
            await importer.StartRowAsync();
            write(copy, row);
            count++;
            if (count % 1_000_000 == 0)
            {
                Progress.Say($"  {table}: {count:N0} rows");
            }
        }

        await importer.CompleteAsync();
        return count;
    }

    public Copy Id(Guid value)
    {
        importer.Write(value, NpgsqlDbType.Uuid);
        return this;
    }

    public Copy Id(Guid? value) => value is { } v ? Id(v) : Null();

    public Copy Text(string? value)
    {
        if (value is null)
        {
            return Null();
        }

        importer.Write(value, NpgsqlDbType.Text);
        return this;
    }

    public Copy Whole(int value)
    {
        importer.Write(value, NpgsqlDbType.Integer);
        return this;
    }

    public Copy Bool(bool value)
    {
        importer.Write(value, NpgsqlDbType.Boolean);
        return this;
    }

    public Copy Date(DateOnly? value)
    {
        if (value is not { } v)
        {
            return Null();
        }

        importer.Write(v, NpgsqlDbType.Date);
        return this;
    }

    public Copy Time(DateTimeOffset? value)
    {
        if (value is not { } v)
        {
            return Null();
        }

        importer.Write(v.UtcDateTime, NpgsqlDbType.TimestampTz);
        return this;
    }

    public Copy Number(decimal value)
    {
        importer.Write(value, NpgsqlDbType.Numeric);
        return this;
    }

    public Copy Texts(string[] values)
    {
        importer.Write(values, NpgsqlDbType.Array | NpgsqlDbType.Text);
        return this;
    }

    public Copy Ids(Guid[] values)
    {
        importer.Write(values, NpgsqlDbType.Array | NpgsqlDbType.Uuid);
        return this;
    }

    public Copy Json(string? value)
    {
        if (value is null)
        {
            return Null();
        }

        importer.Write(value, NpgsqlDbType.Jsonb);
        return this;
    }

    public Copy Null()
    {
        importer.WriteNull();
        return this;
    }
}
