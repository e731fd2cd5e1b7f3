namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class ResidentConfiguration : IEntityTypeConfiguration<Resident>
{
    public void Configure(EntityTypeBuilder<Resident> builder)
    {
        var table = builder.IsTenantTable("residents");
        table.RefersTo<Station>(r => r.StationId);

        // A resident is found by name, ID number or phone at the desk.
        table.HasIndex(r => new { r.StationId, r.Name });
        table.HasIndex(r => r.IdNumber);
        table.HasIndex(r => r.Phone);
        builder.Property(r => r.Name).HasMaxLength(30).IsRequired();
        builder.Property(r => r.IdNumber).HasMaxLength(18);
        builder.Property(r => r.Phone).HasMaxLength(ChinesePhoneNumber.MaxLength);
    }
}
