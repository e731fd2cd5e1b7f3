namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class RatingConfiguration : IEntityTypeConfiguration<Rating>
{
    public void Configure(EntityTypeBuilder<Rating> builder)
    {
        var table = builder.IsTenantTable("ratings");
        table.HasIndex(r => r.CaseId).IsUnique();
        table.HasIndex(r => r.StationId);
        table.RefersTo<ServiceCase>(r => r.CaseId);
        builder.Property(r => r.DutyAreaCode).HasMaxLength(3).IsRequired();
        builder.Property(r => r.StaffName).HasMaxLength(50).IsRequired();
        builder.Property(r => r.Level).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Comment).HasMaxLength(500);
    }
}
