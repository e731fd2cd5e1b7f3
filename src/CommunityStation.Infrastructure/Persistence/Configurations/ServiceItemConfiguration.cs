namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class ServiceItemConfiguration() : CityTableConfiguration<ServiceItem>("service_items", i => i.Id)
{
    protected override void ConfigureTable(EntityTypeBuilder<ServiceItem> builder)
    {
        builder.HasOne<DutyArea>().WithMany().HasForeignKey(i => i.DutyAreaCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.DutyAreaCode, i.NameZh }).IsUnique();
        builder.Property(i => i.DutyAreaCode).HasMaxLength(3).IsRequired();
        builder.Property(i => i.NameZh).HasMaxLength(ServiceItem.MaxNameLength).IsRequired();
        builder.Property(i => i.NameEn).HasMaxLength(120).IsRequired();
    }
}
