namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class DeploymentConfiguration : IEntityTypeConfiguration<Deployment>
{
    public void Configure(EntityTypeBuilder<Deployment> builder)
    {
        var table = builder.IsTenantTable("deployments");
        table.RefersTo<Person>(d => d.PersonId);
        builder.Property(d => d.DecidedBy).HasMaxLength(TableMapping.ActorNameLength).IsRequired();
        builder.Property(d => d.Note).HasMaxLength(500);
    }
}
