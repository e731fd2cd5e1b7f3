using CommunityStation.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommunityStation.Infrastructure.Auditing;

/// <summary>Reads over the audit trail that plain LINQ would answer with a scan of every row.</summary>
public static class AuditQueries
{
    /// <summary>
    /// The entity names that occur in the trail, for the audit page's filter: a skip scan of the
    /// (entity, entity_key) index, one probe per distinct name, where SELECT DISTINCT reads the whole trail.
    /// </summary>
    public static Task<List<string>> AuditedEntitiesAsync(this AppDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.SqlQueryRaw<string>("""
            WITH RECURSIVE names AS (
                (SELECT entity FROM audit_entries WHERE entity IS NOT NULL ORDER BY entity LIMIT 1)
                UNION ALL
                SELECT (SELECT a.entity FROM audit_entries a WHERE a.entity > names.entity ORDER BY a.entity LIMIT 1)
                FROM names WHERE names.entity IS NOT NULL)
            SELECT entity AS "Value" FROM names WHERE entity IS NOT NULL
            """).ToListAsync(ct);
    }
}
