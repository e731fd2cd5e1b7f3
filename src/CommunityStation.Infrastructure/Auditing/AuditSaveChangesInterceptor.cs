using System.Text.Json;
using CommunityStation.Domain.Common;
using CommunityStation.Infrastructure.Identity;
using CommunityStation.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CommunityStation.Infrastructure.Auditing;

/// <summary>
/// Writes an audit row for every added, modified or deleted entity, with values before and after as
/// JSON, in the same SaveChanges and so the same transaction as the change itself.
/// </summary>
public sealed class AuditSaveChangesInterceptor : SaveChangesInterceptor
{
    // Secrets and bookkeeping that must never be copied into the trail, and changes that are noise.
    private static readonly HashSet<string> HiddenProperties = new(StringComparer.Ordinal)
    {
        nameof(AppUser.PasswordHash),
        nameof(AppUser.SecurityStamp),
        nameof(AppUser.ConcurrencyStamp),
        "Version",
        "Content",
    };

    private static readonly HashSet<string> NoiseOnlyProperties = new(StringComparer.Ordinal)
    {
        nameof(AppUser.AccessFailedCount),
        nameof(AppUser.LockoutEnd),
        nameof(AppUser.SecurityStamp),
        nameof(AppUser.ConcurrencyStamp),
    };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        AddAuditEntries(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        AddAuditEntries(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void AddAuditEntries(DbContext? context)
    {
        if (context is not AppDbContext db)
        {
            return;
        }

        db.ChangeTracker.DetectChanges();
        var now = db.Tenant.Clock.GetUtcNow();
        var entries = db.ChangeTracker.Entries()
            .Where(e => e.Entity is not AuditEntry && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();

        foreach (var entry in entries)
        {
            // Identity's UpdateAsync marks every column modified; only real changes count.
            if (entry.State == EntityState.Modified && Columns(entry).Where(c => IsReallyChanged(c.Property)).All(c => NoiseOnlyProperties.Contains(c.Name)))
            {
                continue;
            }

            db.AuditEntries.Add(AuditEntry.For(
                db.Tenant,
                entry.State switch
                {
                    EntityState.Added => AuditKinds.Created,
                    EntityState.Deleted => AuditKinds.Deleted,
                    _ => AuditKinds.Updated,
                },
                EntityName(entry.Metadata.ClrType),
                KeyOf(entry),
                tenantId: (entry.Entity as ITenantOwned)?.TenantId ?? TenantOf(entry),
                before: entry.State == EntityState.Added ? null : Serialize(entry, original: true),
                after: entry.State == EntityState.Deleted ? null : Serialize(entry, original: false),
                at: now));
        }
    }

    // Complex values (an ActorStamp) count by their parts, named as the flat properties were ("Recorded" + "By").
    private static IEnumerable<(string Name, PropertyEntry Property)> Columns(EntityEntry entry) =>
        entry.Properties.Select(p => (p.Metadata.Name, p))
            .Concat(entry.ComplexProperties.SelectMany(c => c.Properties.Select(p => (c.Metadata.Name + p.Metadata.Name, p))));

    private static bool IsReallyChanged(PropertyEntry property) =>
        property.IsModified && !Equals(property.OriginalValue, property.CurrentValue);

    // "IdentityUserRole`1" reads as "IdentityUserRole".
    private static string EntityName(Type type) =>
        type.IsGenericType ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] : type.Name;

    private static Guid? TenantOf(EntityEntry entry) =>
        entry.Metadata.FindProperty("TenantId") is { } p && entry.Property(p.Name).CurrentValue is Guid g ? g : null;

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
        {
            return string.Empty;
        }

        // The tenant is its own column; the key shown is the entity's own id.
        var parts = key.Properties
            .Where(p => key.Properties.Count == 1 || p.Name != "TenantId")
            .Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture));
        return string.Join("/", parts);
    }

    private static string Serialize(EntityEntry entry, bool original)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, property) in Columns(entry))
        {
            // Identity's user tokens hold the authenticator key and the recovery codes.
            if (HiddenProperties.Contains(property.Metadata.Name) || property.Metadata.IsShadowProperty() && property.Metadata.Name == "Version"
                || entry.Entity is Microsoft.AspNetCore.Identity.IdentityUserToken<Guid> && property.Metadata.Name == nameof(Microsoft.AspNetCore.Identity.IdentityUserToken<Guid>.Value))
            {
                continue;
            }

            // For updates, only the changed columns make the before/after readable.
            if (entry.State == EntityState.Modified && !IsReallyChanged(property))
            {
                continue;
            }

            values[name] = original ? property.OriginalValue : property.CurrentValue;
        }

        return JsonSerializer.Serialize(values);
    }
}
