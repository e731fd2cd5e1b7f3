using CommunityStation.Infrastructure.Auditing;

namespace CommunityStation.Infrastructure.Persistence.Configurations;

/// <summary>The audit trail: city-level (no RLS), so the bureau reads it across tenants; append-only for the app role.</summary>
internal sealed class AuditEntryConfiguration() : AppendOnlyTableConfiguration<AuditEntry>("audit_entries", a => a.Id)
{
    protected override void ConfigureRows(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.Kind).HasMaxLength(30).IsRequired();
        builder.HasActorName(a => a.UserName);
        builder.Property(a => a.Entity).HasMaxLength(100);
        builder.Property(a => a.EntityKey).HasMaxLength(200);
        builder.Property(a => a.Before).HasColumnType("jsonb");
        builder.Property(a => a.After).HasColumnType("jsonb");
        builder.Property(a => a.Detail).HasMaxLength(1000);
        builder.Property(a => a.IpAddress).HasMaxLength(64);

        // The audit page filters by time, tenant, record and user.
        builder.HasIndex(a => a.OccurredAt);
        builder.HasIndex(a => new { a.TenantId, a.OccurredAt });
        builder.HasIndex(a => new { a.Entity, a.EntityKey });
        builder.HasIndex(a => a.UserName);
    }
}
