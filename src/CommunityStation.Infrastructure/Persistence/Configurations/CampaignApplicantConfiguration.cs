namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class CampaignApplicantConfiguration() : TenantTableConfiguration<CampaignApplicant>("campaign_applicants")
{
    protected override void ConfigureTable(EntityTypeBuilder<CampaignApplicant> builder)
    {
        builder.HasOne<RecruitmentCampaign>().WithMany().HasTenantForeignKey(a => a.CampaignId, DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasTenantForeignKey(a => a.PersonId);

        // A person applies to a campaign once.
        builder.HasTenantIndex(a => new { a.CampaignId, a.PersonId }).IsUnique();
        builder.Property(a => a.ExamScore).HasPrecision(5, 2);
        builder.Property(a => a.AssessmentScore).HasPrecision(5, 2);
        builder.Property(a => a.Warnings).HasMaxLength(500);
    }
}
