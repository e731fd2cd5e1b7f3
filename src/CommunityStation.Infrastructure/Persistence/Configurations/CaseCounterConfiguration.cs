namespace CommunityStation.Infrastructure.Persistence.Configurations;

/// <summary>The next case sequence number per station and year (see <see cref="CaseNumbering"/>).</summary>
internal sealed class CaseCounterConfiguration : IEntityTypeConfiguration<CaseCounter>
{
    public void Configure(EntityTypeBuilder<CaseCounter> builder) =>
        builder.IsTenantTable("case_counters", c => new { c.StationId, c.Year }).RefersTo<Station>(c => c.StationId, DeleteBehavior.Cascade);
}
