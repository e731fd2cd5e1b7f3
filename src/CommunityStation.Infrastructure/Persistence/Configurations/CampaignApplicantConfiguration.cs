namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class CampaignApplicantConfiguration() : TenantTableConfiguration<CampaignApplicant>("campaign_applicants")
{
    protected override void ConfigureTable(EntityTypeBuilder<CampaignApplicant> builder)
    {
        builder.HasOne<RecruitmentCampaign>().WithMany().HasTenantForeignKey(a => a.CampaignId, DeleteBehavior.Cascade);

        // H3: an outside applicant has no person until hired; one already in the register is linked to them.
        builder.HasOne<Person>().WithMany().HasTenantForeignKey(a => a.PersonId);

        // Someone applies to a campaign once (by ID number, whether or not they are in the register).
        builder.HasTenantIndex(a => new { a.CampaignId, a.IdNumber }).IsUnique();
        builder.HasParticulars();
        builder.Property(a => a.ExamScore).HasPrecision(5, 2);
        builder.Property(a => a.AssessmentScore).HasPrecision(5, 2);
        builder.Property(a => a.Warnings).HasMaxLength(500);
        builder.Ignore(a => a.IsWithdrawn);
        builder.HasActorName(a => a.WithdrawnBy);
        builder.Property(a => a.WithdrawalReason).HasMaxLength(RecruitmentCampaign.MaxReasonLength);
    }
}
