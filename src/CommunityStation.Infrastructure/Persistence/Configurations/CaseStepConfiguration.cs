namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class CaseStepConfiguration() : TenantTableConfiguration<CaseStep>("case_steps", s => new { s.CaseId, s.Sequence })
{
    protected override void ConfigureTable(EntityTypeBuilder<CaseStep> builder)
    {
        builder.Property(s => s.Action).HasConversion<string>().HasMaxLength(30);
        builder.HasStamp(s => s.Acted, 256, "actor_name", "actor_id", "at");

        // The note may carry the case text and a short prefix (a referral's department, a reason).
        builder.Property(s => s.Note).HasMaxLength(ServiceCase.MaxTextLength + 120);
    }
}
