namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class TenantConfiguration() : CityTableConfiguration<Tenant>("tenants", t => t.Id)
{
    protected override void ConfigureTable(EntityTypeBuilder<Tenant> builder)
    {
        builder.Property(t => t.Code).HasMaxLength(40).IsRequired();
        builder.Property(t => t.Name).HasMaxLength(40).IsRequired();
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(t => t.Code).IsUnique();
        builder.HasIndex(t => t.Name).IsUnique();
    }
}
