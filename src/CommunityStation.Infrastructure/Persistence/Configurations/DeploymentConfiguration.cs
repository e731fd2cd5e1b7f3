namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class DeploymentConfiguration() : TenantTableConfiguration<Deployment>("deployments")
{
    protected override void ConfigureTable(EntityTypeBuilder<Deployment> builder)
    {
        builder.HasOne<Person>().WithMany().HasTenantForeignKey(d => d.PersonId);
        builder.HasActorName(d => d.DecidedBy);
        builder.Property(d => d.Note).HasMaxLength(500);
    }
}
