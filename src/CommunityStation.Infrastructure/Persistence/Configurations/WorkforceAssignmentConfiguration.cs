namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class WorkforceAssignmentConfiguration : IEntityTypeConfiguration<WorkforceAssignment>
{
    public void Configure(EntityTypeBuilder<WorkforceAssignment> builder)
    {
        var table = builder.IsTenantTable("workforce_assignments");
        table.RefersTo<Person>(w => w.PersonId, DeleteBehavior.Cascade);
        table.RefersTo<Community>(w => w.CommunityId);
        table.HasIndex(w => new { w.CommunityId, w.Side });
        builder.Property(w => w.Side).HasConversion<string>().HasMaxLength(20);
    }
}
