namespace CommunityStation.Infrastructure.Persistence.Configurations;

/// <summary>The bureau's policy settings: one row per key and date it takes effect, so past values stay.</summary>
internal sealed class PolicySettingConfiguration : IEntityTypeConfiguration<PolicySetting>
{
    public void Configure(EntityTypeBuilder<PolicySetting> builder)
    {
        builder.IsCityTable("policy_settings", s => s.Id);
        builder.Property(s => s.Key).HasMaxLength(60).IsRequired();
        builder.Property(s => s.Value).HasPrecision(12, 4);
        builder.Property(s => s.RecordedBy).HasMaxLength(100).IsRequired();
        builder.Property(s => s.Note).HasMaxLength(PolicySetting.MaxNoteLength);
        builder.HasIndex(s => new { s.Key, s.EffectiveFrom });
    }
}
