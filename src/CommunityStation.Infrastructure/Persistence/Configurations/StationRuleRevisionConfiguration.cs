namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class StationRuleRevisionConfiguration() : TenantTableConfiguration<StationRuleRevision>("station_rule_revisions")
{
    protected override void ConfigureTable(EntityTypeBuilder<StationRuleRevision> builder)
    {
        builder.HasOne<Station>().WithMany().HasTenantForeignKey(r => r.StationId, DeleteBehavior.Cascade);
        builder.HasTenantIndex(r => new { r.StationId, r.Revision }).IsUnique();
        builder.Property(r => r.Body).HasMaxLength(StationRuleRevision.MaxBodyLength).IsRequired();
        builder.HasStamp(r => r.Edited, "edited", 256);
    }
}
