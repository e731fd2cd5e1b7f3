namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class StationPostConfiguration() : TenantTableConfiguration<StationPost>("station_posts")
{
    protected override void ConfigureTable(EntityTypeBuilder<StationPost> builder)
    {
        builder.HasOne<Station>().WithMany().HasTenantForeignKey(p => p.StationId);
        builder.HasOne<Person>().WithMany().HasTenantForeignKey(p => p.PersonId);
        builder.HasTenantIndex(p => new { p.StationId, p.To });

        // S3/S4 in the database too: at most one current head and one current deputy per station.
        builder.HasTenantIndex(p => new { p.StationId, p.Kind }).IsUnique().HasFilter("\"to\" IS NULL AND kind IN ('Head', 'Deputy')")
            .HasDatabaseName("ux_station_posts_one_head_one_deputy");
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.To).HasColumnName("to");
    }
}
