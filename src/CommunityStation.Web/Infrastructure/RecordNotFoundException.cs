namespace CommunityStation.Web.Infrastructure;

/// <summary>
/// An id the user cannot see (missing, another tenant's, or out of their reach: deliberately the same
/// answer). The page filter turns it into an audited 404, so handlers need no not-found preamble.
/// </summary>
public sealed class RecordNotFoundException : Exception
{
    public RecordNotFoundException()
    {
    }

    public RecordNotFoundException(string message)
        : base(message)
    {
    }

    public RecordNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RecordNotFoundException(string entity, object? key)
        : base($"{entity} {key} is not visible to this user.")
    {
        Entity = entity;
        Key = key;
    }

    public string Entity { get; } = string.Empty;

    public object? Key { get; }
}

public static class FindExtensions
{
    /// <summary>The record, or an audited 404 for the page (see <see cref="RecordNotFoundException"/>).</summary>
    public static async Task<T> OrNotFound<T>(this Task<T?> find, string entity, object? key)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(find);
        return await find ?? throw new RecordNotFoundException(entity, key);
    }

    /// <summary>
    /// Optimistic concurrency: the version the user saw when the form was shown. Saving fails with a
    /// concurrency error (a message at the page) when someone else changed the row in between.
    /// </summary>
    public static void ExpectVersion<T>(this Microsoft.EntityFrameworkCore.DbContext db, T entity, uint version)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Entry(entity).Property<uint>("Version").OriginalValue = version;
    }
}
