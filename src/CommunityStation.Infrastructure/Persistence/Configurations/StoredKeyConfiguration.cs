using CommunityStation.Infrastructure.Operations;

namespace CommunityStation.Infrastructure.Persistence.Configurations;

/// <summary>The data-protection key ring, city-level: every instance reads the same keys; append-only for the app role.</summary>
internal sealed class StoredKeyConfiguration() : AppendOnlyTableConfiguration<StoredKey>("data_protection_keys", k => k.Id)
{
    protected override void ConfigureRows(EntityTypeBuilder<StoredKey> builder)
    {
        builder.Property(k => k.FriendlyName).HasMaxLength(200).IsRequired();
        builder.Property(k => k.Xml).IsRequired();
    }
}
