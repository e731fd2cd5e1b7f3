namespace CommunityStation.Infrastructure.Persistence.Configurations;

/// <summary>The next case sequence number per station and year (see <see cref="CaseNumbering"/>).</summary>
internal sealed class CaseCounterConfiguration() : TenantTableConfiguration<CaseCounter>("case_counters", c => new { c.StationId, c.Year })
{
    protected override void ConfigureTable(EntityTypeBuilder<CaseCounter> builder) =>
        builder.HasOne<Station>().WithMany().HasTenantForeignKey(c => c.StationId, DeleteBehavior.Cascade);
}
