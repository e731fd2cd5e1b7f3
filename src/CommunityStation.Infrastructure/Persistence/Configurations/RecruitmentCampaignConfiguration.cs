namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class RecruitmentCampaignConfiguration() : TenantTableConfiguration<RecruitmentCampaign>("recruitment_campaigns")
{
    protected override void ConfigureTable(EntityTypeBuilder<RecruitmentCampaign> builder)
    {
        builder.Property(c => c.Title).HasMaxLength(100).IsRequired();
        builder.Ignore(c => c.VacancyCounts);
        builder.Ignore(c => c.IsCancelled);
        builder.HasActorName(c => c.CancelledBy);
        builder.Property(c => c.CancellationReason).HasMaxLength(RecruitmentCampaign.MaxReasonLength);

        // H4: the method recorded with the campaign, in its own columns (method_*).
        builder.ComplexProperty(c => c.Method, m =>
        {
            m.Property(x => x.Assessment).HasColumnName("method_assessment").HasConversion<string>().HasMaxLength(20);
            m.Property(x => x.ExamWeight).HasColumnName("method_exam_weight").HasPrecision(5, 4);
            m.Property(x => x.AssessmentWeight).HasColumnName("method_assessment_weight").HasPrecision(5, 4);
            m.Property(x => x.MaxScore).HasColumnName("method_max_score").HasPrecision(5, 2);
            m.Property(x => x.Preference).HasColumnName("method_preference").HasConversion<string>().HasMaxLength(20);
            m.Property(x => x.BonusPoints).HasColumnName("method_bonus_points").HasPrecision(5, 2);
        });
    }
}
