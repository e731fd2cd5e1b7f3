namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class ApplicationStepConfiguration() : TenantTableConfiguration<ApplicationStep>("application_steps", s => new { s.ApplicationId, s.Sequence })
{
    protected override void ConfigureTable(EntityTypeBuilder<ApplicationStep> builder)
    {
        builder.Property(s => s.Action).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.ActorRole).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.StatusAfter).HasConversion<string>().HasMaxLength(20);
        builder.HasStamp(s => s.Acted, 256, "actor_name", "actor_id", "at");
        builder.Property(s => s.Comment).HasMaxLength(StationApplication.MaxTextLength);
        builder.Property(s => s.Documents).HasMaxLength(1000);
    }
}
