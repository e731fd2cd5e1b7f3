namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class RatingConfiguration() : TenantTableConfiguration<Rating>("ratings")
{
    protected override void ConfigureTable(EntityTypeBuilder<Rating> builder)
    {
        builder.HasTenantIndex(r => r.CaseId).IsUnique();
        // By station first (the station's pages), and covering what the desk dashboard groups by, so the town's
        // roll-up of every rating is an index-only scan (issue 13).
        builder.HasTenantIndex(r => new { r.StationId, r.DeskId, r.DutyAreaCode, r.StaffName, r.Level }).HasDatabaseName("ix_ratings_dashboard");
        builder.HasOne<ServiceCase>().WithMany().HasTenantForeignKey(r => r.CaseId);
        builder.Property(r => r.DutyAreaCode).HasMaxLength(3).IsRequired();
        builder.Property(r => r.StaffName).HasMaxLength(50).IsRequired();
        builder.Property(r => r.Level).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Comment).HasMaxLength(500);
    }
}
