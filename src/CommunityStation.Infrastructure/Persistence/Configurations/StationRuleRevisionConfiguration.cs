namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class StationRuleRevisionConfiguration : IEntityTypeConfiguration<StationRuleRevision>
{
    public void Configure(EntityTypeBuilder<StationRuleRevision> builder)
    {
        var table = builder.IsTenantTable("station_rule_revisions");
        table.RefersTo<Station>(r => r.StationId, DeleteBehavior.Cascade);
        table.HasIndex(r => new { r.StationId, r.Revision }).IsUnique();
        builder.Property(r => r.Body).HasMaxLength(StationRuleRevision.MaxBodyLength).IsRequired();
        builder.Property(r => r.EditedBy).HasMaxLength(TableMapping.ActorNameLength).IsRequired();
    }
}
