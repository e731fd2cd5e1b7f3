using CommunityStation.Domain.Duties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityStation.Infrastructure.Persistence.Configurations;

public sealed class DutyAreaConfiguration : IEntityTypeConfiguration<DutyArea>
{
    public void Configure(EntityTypeBuilder<DutyArea> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("duty_areas");
        builder.HasKey(a => a.Code);
        builder.Property(a => a.Code).HasMaxLength(3);
        builder.Property(a => a.NameZh).HasMaxLength(30).IsRequired();
        builder.Property(a => a.NameEn).HasMaxLength(60).IsRequired();
    }
}
