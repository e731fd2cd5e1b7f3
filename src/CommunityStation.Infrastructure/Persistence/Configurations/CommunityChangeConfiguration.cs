namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class CommunityChangeConfiguration() : TenantTableConfiguration<CommunityChange>("community_changes")
{
    protected override void ConfigureTable(EntityTypeBuilder<CommunityChange> builder)
    {
        builder.HasOne<Community>().WithMany().HasTenantForeignKey(c => c.CommunityId);
        builder.HasOne<Community>().WithMany().HasTenantForeignKey(c => c.OtherCommunityId);
        builder.HasTenantIndex(c => new { c.CommunityId, c.On });
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Before).HasMaxLength(Community.MaxNameLength);
        builder.Property(c => c.After).HasMaxLength(Community.MaxNameLength);
        builder.HasStamp(c => c.Recorded, "recorded", TableMapping.ActorNameLength);
    }
}
