namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class StationDeskConfiguration : IEntityTypeConfiguration<StationDesk>
{
    public void Configure(EntityTypeBuilder<StationDesk> builder)
    {
        var table = builder.IsTenantTable("desks");
        table.RefersTo<Station>(d => d.StationId);
        table.HasIndex(d => new { d.StationId, d.Number }).IsUnique();
        builder.Property(d => d.Name).HasMaxLength(30).IsRequired();
    }
}
