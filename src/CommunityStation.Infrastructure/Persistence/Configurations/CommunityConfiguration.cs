namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class CommunityConfiguration : IEntityTypeConfiguration<Community>
{
    public void Configure(EntityTypeBuilder<Community> builder)
    {
        var table = builder.IsTenantTable("communities");
        table.HasIndex(c => c.Name).IsUnique();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Name).HasMaxLength(Community.MaxNameLength).IsRequired();
        builder.Property(c => c.PartyOrganisation).HasMaxLength(100);
        builder.Property(c => c.RcDirectorName).HasMaxLength(Community.MaxPersonNameLength);
        builder.Property(c => c.PartySecretaryName).HasMaxLength(Community.MaxPersonNameLength);

        // S3 by person: the secretary and the director are people of the same tenant.
        table.RefersTo<Person>(c => c.PartySecretaryId);
        table.RefersTo<Person>(c => c.RcDirectorId);
        builder.Ignore(c => c.Officers);
    }
}
