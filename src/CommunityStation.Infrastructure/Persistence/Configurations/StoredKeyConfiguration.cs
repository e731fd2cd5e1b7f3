using CommunityStation.Infrastructure.Operations;

namespace CommunityStation.Infrastructure.Persistence.Configurations;

/// <summary>The data-protection key ring, city-level: the app role may only read it and add keys (see DatabaseInitializer).</summary>
internal sealed class StoredKeyConfiguration() : CityTableConfiguration<StoredKey>("data_protection_keys", k => k.Id)
{
    protected override void ConfigureTable(EntityTypeBuilder<StoredKey> builder)
    {
        builder.Property(k => k.Id).UseIdentityAlwaysColumn();
        builder.Property(k => k.FriendlyName).HasMaxLength(200).IsRequired();
        builder.Property(k => k.Xml).IsRequired();
    }
}
