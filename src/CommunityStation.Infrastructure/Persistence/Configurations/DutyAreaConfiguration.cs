namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class DutyAreaConfiguration : IEntityTypeConfiguration<DutyArea>
{
    public void Configure(EntityTypeBuilder<DutyArea> builder)
    {
        builder.IsCityTable("duty_areas", a => a.Code);
        builder.Property(a => a.Code).HasMaxLength(3);
        builder.Property(a => a.NameZh).HasMaxLength(30).IsRequired();
        builder.Property(a => a.NameEn).HasMaxLength(60).IsRequired();
    }
}
