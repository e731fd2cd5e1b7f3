namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class StationPostConfiguration : IEntityTypeConfiguration<StationPost>
{
    public void Configure(EntityTypeBuilder<StationPost> builder)
    {
        var table = builder.IsTenantTable("station_posts");
        table.RefersTo<Station>(p => p.StationId);
        table.RefersTo<Person>(p => p.PersonId);
        table.HasIndex(p => new { p.StationId, p.To });

        // S3/S4 in the database too: at most one current head and one current deputy per station.
        table.HasIndex(p => new { p.StationId, p.Kind }).IsUnique().HasFilter("\"to\" IS NULL AND kind IN ('Head', 'Deputy')")
            .HasDatabaseName("ux_station_posts_one_head_one_deputy");
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.To).HasColumnName("to");
    }
}
