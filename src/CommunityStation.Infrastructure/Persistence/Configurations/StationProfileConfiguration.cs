namespace CommunityStation.Infrastructure.Persistence.Configurations;

/// <summary>A station's desk-facing details (case code, opening hours): one row per station, keyed by it.</summary>
internal sealed class StationProfileConfiguration() : TenantTableConfiguration<StationProfile>("station_profiles", p => p.StationId)
{
    protected override void ConfigureTable(EntityTypeBuilder<StationProfile> builder)
    {
        builder.HasOne<Station>().WithOne().HasForeignKey<StationProfile>(p => new { p.TenantId, p.StationId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasTenantIndex(p => p.CaseCode).IsUnique();
        builder.Property(p => p.CaseCode).HasMaxLength(12).IsRequired();
        builder.Property(p => p.OpeningHours).HasMaxLength(200).IsRequired();
        builder.Property(p => p.Phone).HasMaxLength(ChinesePhoneNumber.MaxLength);
    }
}
