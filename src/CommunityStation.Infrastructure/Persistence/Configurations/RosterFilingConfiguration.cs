namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class RosterFilingConfiguration() : TenantTableConfiguration<RosterFiling>("roster_filings")
{
    protected override void ConfigureTable(EntityTypeBuilder<RosterFiling> builder)
    {
        builder.HasOne<Station>().WithMany().HasTenantForeignKey(f => f.StationId);
        builder.HasTenantIndex(f => new { f.StationId, f.Status });
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasStamp(f => f.Filed, "filed", 256);
        builder.HasStamp(f => f.Decided, "decided", 256);
        builder.Property(f => f.Reasons).HasMaxLength(1000);
    }
}
