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
    }
}
