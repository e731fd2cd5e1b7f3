namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class ApplicationStepConfiguration : IEntityTypeConfiguration<ApplicationStep>
{
    public void Configure(EntityTypeBuilder<ApplicationStep> builder)
    {
        builder.IsTenantTable("application_steps", s => new { s.ApplicationId, s.Sequence });
        builder.Property(s => s.Action).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.ActorRole).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.StatusAfter).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.ActorName).HasMaxLength(TableMapping.ActorNameLength).IsRequired();
        builder.Property(s => s.Comment).HasMaxLength(StationApplication.MaxTextLength);
        builder.Property(s => s.Documents).HasMaxLength(1000);
    }
}
