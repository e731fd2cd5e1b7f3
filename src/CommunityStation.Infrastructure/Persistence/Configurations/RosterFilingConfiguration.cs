namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class RosterFilingConfiguration : IEntityTypeConfiguration<RosterFiling>
{
    public void Configure(EntityTypeBuilder<RosterFiling> builder)
    {
        var table = builder.IsTenantTable("roster_filings");
        table.RefersTo<Station>(f => f.StationId);
        table.HasIndex(f => new { f.StationId, f.Status });
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.FiledBy).HasMaxLength(TableMapping.ActorNameLength).IsRequired();
        builder.Property(f => f.DecidedBy).HasMaxLength(TableMapping.ActorNameLength);
        builder.Property(f => f.Reasons).HasMaxLength(1000);
    }
}
