namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class StationConfiguration() : TenantTableConfiguration<Station>("stations")
{
    protected override void ConfigureTable(EntityTypeBuilder<Station> builder)
    {
        builder.HasOne<Community>().WithMany().HasTenantForeignKey(s => s.CommunityId);

        // One registered station per community at most ("People and places").
        builder.HasTenantIndex(s => s.CommunityId).IsUnique().HasFilter("status = 'Registered'")
            .HasDatabaseName("ux_stations_one_per_community");
        builder.HasTenantIndex(s => s.RegistrationNumber).IsUnique();

        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Name).HasMaxLength(100).IsRequired();
        builder.Property(s => s.RegistrationNumber).HasMaxLength(40).IsRequired();
        builder.Property(s => s.Uscc).HasMaxLength(18).IsFixedLength().IsRequired();
        builder.Property(s => s.HeadName).HasMaxLength(30).IsRequired();
        builder.Property(s => s.HeadIdNumber).HasMaxLength(18);
        builder.Property(s => s.HeadPhone).HasMaxLength(ChinesePhoneNumber.MaxLength);
        builder.Property(s => s.PremisesAddress).HasMaxLength(200).IsRequired();
        builder.Property(s => s.PremisesAreaSqm).HasPrecision(10, 2);
        builder.Property(s => s.RegisteredCapital).HasPrecision(14, 2);
    }
}
