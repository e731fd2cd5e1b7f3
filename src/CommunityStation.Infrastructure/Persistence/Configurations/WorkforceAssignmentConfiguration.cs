namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class WorkforceAssignmentConfiguration() : TenantTableConfiguration<WorkforceAssignment>("workforce_assignments")
{
    protected override void ConfigureTable(EntityTypeBuilder<WorkforceAssignment> builder)
    {
        builder.HasOne<Person>().WithMany().HasTenantForeignKey(w => w.PersonId, DeleteBehavior.Cascade);
        builder.HasOne<Community>().WithMany().HasTenantForeignKey(w => w.CommunityId);
        builder.HasTenantIndex(w => new { w.CommunityId, w.Side });
        builder.Property(w => w.Side).HasConversion<string>().HasMaxLength(20);
    }
}
