namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class DeskDutyConfiguration : IEntityTypeConfiguration<DeskDuty>
{
    public void Configure(EntityTypeBuilder<DeskDuty> builder)
    {
        var table = builder.IsTenantTable("desk_duties");
        table.RefersTo<StationDesk>(d => d.DeskId, DeleteBehavior.Cascade);

        // One entry per desk, day and person on the duty roster.
        table.HasIndex(d => new { d.DeskId, d.Day, d.UserId }).IsUnique();
        builder.Property(d => d.StaffName).HasMaxLength(50).IsRequired();
        builder.Property(d => d.Post).HasMaxLength(20).IsRequired();
    }
}
