using CommunityStation.Domain.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityStation.Infrastructure.Persistence.Configurations;

public sealed class PolicySettingConfiguration : IEntityTypeConfiguration<PolicySetting>
{
    public void Configure(EntityTypeBuilder<PolicySetting> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("policy_settings");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Key).HasMaxLength(60).IsRequired();
        builder.Property(s => s.Value).HasPrecision(12, 4);
        builder.HasStamp(s => s.Recorded, "recorded", 100);
        builder.Property(s => s.Note).HasMaxLength(PolicySetting.MaxNoteLength);
        builder.HasIndex(s => new { s.Key, s.EffectiveFrom });
    }
}
