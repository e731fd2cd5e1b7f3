namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class StationDeskConfiguration() : TenantTableConfiguration<StationDesk>("desks")
{
    protected override void ConfigureTable(EntityTypeBuilder<StationDesk> builder)
    {
        builder.HasOne<Station>().WithMany().HasTenantForeignKey(d => d.StationId);
        builder.HasTenantIndex(d => new { d.StationId, d.Number }).IsUnique();
        builder.Property(d => d.Name).HasMaxLength(30).IsRequired();
    }
}
