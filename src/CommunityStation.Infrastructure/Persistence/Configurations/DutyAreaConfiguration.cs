namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class DutyAreaConfiguration() : CityTableConfiguration<DutyArea>("duty_areas", a => a.Code)
{
    protected override void ConfigureTable(EntityTypeBuilder<DutyArea> builder)
    {
        builder.Property(a => a.Code).HasMaxLength(3);
        builder.Property(a => a.NameZh).HasMaxLength(30).IsRequired();
        builder.Property(a => a.NameEn).HasMaxLength(60).IsRequired();
    }
}
