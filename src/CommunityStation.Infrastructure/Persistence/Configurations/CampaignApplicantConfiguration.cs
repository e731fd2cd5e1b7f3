namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class CampaignApplicantConfiguration : IEntityTypeConfiguration<CampaignApplicant>
{
    public void Configure(EntityTypeBuilder<CampaignApplicant> builder)
    {
        var table = builder.IsTenantTable("campaign_applicants");
        table.RefersTo<RecruitmentCampaign>(a => a.CampaignId, DeleteBehavior.Cascade);
        table.RefersTo<Person>(a => a.PersonId);

        // A person applies to a campaign once.
        table.HasIndex(a => new { a.CampaignId, a.PersonId }).IsUnique();
        builder.Property(a => a.ExamScore).HasPrecision(5, 2);
        builder.Property(a => a.AssessmentScore).HasPrecision(5, 2);
        builder.Property(a => a.Warnings).HasMaxLength(500);
    }
}
