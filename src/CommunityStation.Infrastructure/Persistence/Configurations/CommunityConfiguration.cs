using CommunityStation.Domain.Communities;
using CommunityStation.Domain.Staffing;
using CommunityStation.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityStation.Infrastructure.Persistence.Configurations;

public sealed class CommunityConfiguration : IEntityTypeConfiguration<Community>
{
    public void Configure(EntityTypeBuilder<Community> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("communities");

        // Tenant first in every key, so the table can be distributed by tenant later (Citus-ready).
        builder.HasKey(c => new { c.TenantId, c.Id });
        builder.HasIndex(c => new { c.TenantId, c.Name }).IsUnique();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Restrict);

        builder.Property(c => c.Name).HasMaxLength(Community.MaxNameLength).IsRequired();
        builder.Property(c => c.PartyOrganisation).HasMaxLength(100);
        builder.Property(c => c.RcDirectorName).HasMaxLength(Community.MaxPersonNameLength);
        builder.Property(c => c.PartySecretaryName).HasMaxLength(Community.MaxPersonNameLength);

        // S3 by person: the secretary and the director are people of the same tenant.
        builder.HasOne<Person>().WithMany().HasForeignKey(c => new { c.TenantId, c.PartySecretaryId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => new { c.TenantId, c.RcDirectorId }).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(c => c.Officers);
        builder.Property(c => c.Version).IsRowVersion();
    }
}
