namespace CommunityStation.Infrastructure.Persistence.Configurations;

/// <summary>A station's desk-facing details (case code, opening hours): one row per station, keyed by it.</summary>
internal sealed class StationProfileConfiguration : IEntityTypeConfiguration<StationProfile>
{
    public void Configure(EntityTypeBuilder<StationProfile> builder)
    {
        var table = builder.IsTenantTable("station_profiles", p => p.StationId);
        builder.HasOne<Station>().WithOne().HasForeignKey<StationProfile>(p => new { p.TenantId, p.StationId }).OnDelete(DeleteBehavior.Cascade);
        table.HasIndex(p => p.CaseCode).IsUnique();
        builder.Property(p => p.CaseCode).HasMaxLength(12).IsRequired();
        builder.Property(p => p.OpeningHours).HasMaxLength(200).IsRequired();
    }
}
