namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class CommunityConfiguration() : TenantTableConfiguration<Community>("communities")
{
    protected override void ConfigureTable(EntityTypeBuilder<Community> builder)
    {
        builder.HasTenantIndex(c => c.Name).IsUnique();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Name).HasMaxLength(Community.MaxNameLength).IsRequired();
        builder.Property(c => c.PartyOrganisation).HasMaxLength(100);
        builder.Property(c => c.RcDirectorName).HasMaxLength(Community.MaxPersonNameLength);
        builder.Property(c => c.PartySecretaryName).HasMaxLength(Community.MaxPersonNameLength);

        // S3 by person: the secretary and the director are people of the same tenant.
        builder.HasOne<Person>().WithMany().HasTenantForeignKey(c => c.PartySecretaryId);
        builder.HasOne<Person>().WithMany().HasTenantForeignKey(c => c.RcDirectorId);
        builder.Ignore(c => c.Officers);
        builder.Ignore(c => c.IsRetired);

        // A merged community points at the one it went into, in the same tenant.
        builder.HasOne<Community>().WithMany().HasTenantForeignKey(c => c.MergedIntoId);
    }
}
