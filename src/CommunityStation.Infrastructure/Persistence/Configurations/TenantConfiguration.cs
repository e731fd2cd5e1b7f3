namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class TenantConfiguration() : CityTableConfiguration<Tenant>("tenants", t => t.Id)
{
    protected override void ConfigureTable(EntityTypeBuilder<Tenant> builder)
    {
        // Unique over retired tenants too: a retired tenant's URL code and division code are never reused.
        builder.Property(t => t.Code).HasMaxLength(Tenant.MaxCodeLength).IsRequired();
        builder.Property(t => t.Name).HasMaxLength(Tenant.MaxNameLength).IsRequired();
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.OfficialCode).HasMaxLength(12);
        builder.Ignore(t => t.IsRetired);
        builder.HasIndex(t => t.Code).IsUnique();
        builder.HasIndex(t => t.Name).IsUnique();
        builder.HasIndex(t => t.OfficialCode).IsUnique();
    }
}
