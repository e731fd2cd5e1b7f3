namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class ResidentConfiguration() : TenantTableConfiguration<Resident>("residents")
{
    protected override void ConfigureTable(EntityTypeBuilder<Resident> builder)
    {
        builder.HasOne<Station>().WithMany().HasTenantForeignKey(r => r.StationId);

        // A resident is found by name, ID number or phone at the desk.
        builder.HasTenantIndex(r => new { r.StationId, r.Name });
        builder.HasTenantIndex(r => r.IdNumber);
        builder.HasTenantIndex(r => r.Phone);
        builder.Property(r => r.Name).HasMaxLength(30).IsRequired();
        builder.Property(r => r.IdNumber).HasMaxLength(18);
        builder.Property(r => r.Phone).HasMaxLength(ChinesePhoneNumber.MaxLength);
    }
}
