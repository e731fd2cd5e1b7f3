namespace CommunityStation.Infrastructure.Persistence.Configurations;

/// <summary>The bureau's policy settings: one row per key and date it takes effect, so past values stay.</summary>
internal sealed class PolicySettingConfiguration() : CityTableConfiguration<PolicySetting>("policy_settings", s => s.Id)
{
    protected override void ConfigureTable(EntityTypeBuilder<PolicySetting> builder)
    {
        builder.Property(s => s.Key).HasMaxLength(60).IsRequired();
        builder.Property(s => s.Value).HasPrecision(12, 4);
        builder.HasStamp(s => s.Recorded, "recorded", 100);
        builder.Property(s => s.Note).HasMaxLength(PolicySetting.MaxNoteLength);
        builder.HasIndex(s => new { s.Key, s.EffectiveFrom });
    }
}
