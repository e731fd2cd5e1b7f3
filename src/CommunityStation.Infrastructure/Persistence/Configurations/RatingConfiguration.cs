namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class RatingConfiguration() : TenantTableConfiguration<Rating>("ratings")
{
    protected override void ConfigureTable(EntityTypeBuilder<Rating> builder)
    {
        builder.HasTenantIndex(r => r.CaseId).IsUnique();
        builder.HasTenantIndex(r => r.StationId);
        builder.HasOne<ServiceCase>().WithMany().HasTenantForeignKey(r => r.CaseId);
        builder.Property(r => r.DutyAreaCode).HasMaxLength(3).IsRequired();
        builder.Property(r => r.StaffName).HasMaxLength(50).IsRequired();
        builder.Property(r => r.Level).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Comment).HasMaxLength(500);
    }
}
