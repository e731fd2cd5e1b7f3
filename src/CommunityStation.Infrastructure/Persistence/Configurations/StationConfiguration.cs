namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class StationConfiguration : IEntityTypeConfiguration<Station>
{
    public void Configure(EntityTypeBuilder<Station> builder)
    {
        var table = builder.IsTenantTable("stations");
        table.RefersTo<Community>(s => s.CommunityId);

        // One registered station per community at most ("People and places").
        table.HasIndex(s => s.CommunityId).IsUnique().HasFilter("status = 'Registered'")
            .HasDatabaseName("ux_stations_one_per_community");
        table.HasIndex(s => s.RegistrationNumber).IsUnique();

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
