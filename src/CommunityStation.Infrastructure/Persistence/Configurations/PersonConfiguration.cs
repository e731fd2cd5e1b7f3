namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class PersonConfiguration() : TenantTableConfiguration<Person>("people")
{
    protected override void ConfigureTable(EntityTypeBuilder<Person> builder)
    {
        // One person per ID number in a tenant, whatever sides and posts they hold.
        builder.HasTenantIndex(p => p.IdNumber).IsUnique();
        builder.HasParticulars();
    }
}
