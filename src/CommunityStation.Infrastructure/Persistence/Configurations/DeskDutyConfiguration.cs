namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class DeskDutyConfiguration() : TenantTableConfiguration<DeskDuty>("desk_duties")
{
    protected override void ConfigureTable(EntityTypeBuilder<DeskDuty> builder)
    {
        builder.HasOne<StationDesk>().WithMany().HasTenantForeignKey(d => d.DeskId, DeleteBehavior.Cascade);

        // One entry per desk, day and person on the duty roster.
        builder.HasTenantIndex(d => new { d.DeskId, d.Day, d.UserId }).IsUnique();
        builder.Property(d => d.StaffName).HasMaxLength(50).IsRequired();
        builder.Property(d => d.Post).HasMaxLength(20).IsRequired();
    }
}
