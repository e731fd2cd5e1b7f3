using CommunityStation.Domain.Duties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityStation.Infrastructure.Persistence.Configurations;

public sealed class ServiceItemConfiguration : IEntityTypeConfiguration<ServiceItem>
{
    public void Configure(EntityTypeBuilder<ServiceItem> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("service_items");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.DutyAreaCode).HasMaxLength(3).IsRequired();
        builder.Property(i => i.NameZh).HasMaxLength(ServiceItem.MaxNameLength).IsRequired();
        builder.Property(i => i.NameEn).HasMaxLength(120).IsRequired();
        builder.Property(i => i.Version).IsRowVersion();
        builder.HasOne<DutyArea>().WithMany().HasForeignKey(i => i.DutyAreaCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.DutyAreaCode, i.NameZh }).IsUnique();
    }
}
