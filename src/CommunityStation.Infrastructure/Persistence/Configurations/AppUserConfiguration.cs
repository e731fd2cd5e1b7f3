using CommunityStation.Domain.Staffing;
using CommunityStation.Domain.Tenancy;
using CommunityStation.Infrastructure.Identity;

namespace CommunityStation.Infrastructure.Persistence.Configurations;

/// <summary>The portal's columns on Identity's user table (named in <see cref="AppDbContext"/> with Identity's other tables).</summary>
internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(50).IsRequired();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(u => u.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => new { u.TenantId, u.CommunityId });

        // Issue 11 item 4: the person behind the account, of the account's own tenant (the key pairs the tenant with the
        // person, so another tenant's person cannot be linked even by a crafted write), and one account per person.
        builder.HasOne<Person>().WithMany().HasForeignKey(u => new { u.TenantId, u.PersonId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => new { u.TenantId, u.PersonId }).IsUnique().HasFilter("person_id IS NOT NULL");
    }
}
