using CommunityStation.Domain.Common;
using CommunityStation.Domain.Communities;
using CommunityStation.Domain.Registration;
using CommunityStation.Domain.Staffing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityStation.Infrastructure.Persistence.Configurations;

public sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("people");
        builder.HasKey(p => new { p.TenantId, p.Id });
        builder.HasIndex(p => new { p.TenantId, p.IdNumber }).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(30).IsRequired();
        builder.Property(p => p.IdNumber).HasMaxLength(18).IsRequired();
        builder.Property(p => p.Phone).HasMaxLength(ChinesePhoneNumber.MaxLength);
        builder.Property(p => p.Gender).HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.Education).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Computer).HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.Version).IsRowVersion();
        builder.Ignore(p => p.HasSocialWorkBackground);
    }
}

public sealed class WorkforceAssignmentConfiguration : IEntityTypeConfiguration<WorkforceAssignment>
{
    public void Configure(EntityTypeBuilder<WorkforceAssignment> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("workforce_assignments");
        builder.HasKey(w => new { w.TenantId, w.Id });
        builder.HasOne<Person>().WithMany().HasForeignKey(w => new { w.TenantId, w.PersonId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Community>().WithMany().HasForeignKey(w => new { w.TenantId, w.CommunityId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(w => new { w.TenantId, w.CommunityId, w.Side });
        builder.Property(w => w.Side).HasConversion<string>().HasMaxLength(20);
    }
}

public sealed class StationPostConfiguration : IEntityTypeConfiguration<StationPost>
{
    public void Configure(EntityTypeBuilder<StationPost> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("station_posts");
        builder.HasKey(p => new { p.TenantId, p.Id });
        builder.HasOne<Station>().WithMany().HasForeignKey(p => new { p.TenantId, p.StationId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => new { p.TenantId, p.PersonId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.TenantId, p.StationId, p.To });

        // S3/S4 in the database too: at most one current head and one current deputy per station.
        builder.HasIndex(p => new { p.TenantId, p.StationId, p.Kind }).IsUnique().HasFilter("\"to\" IS NULL AND kind IN ('Head', 'Deputy')")
            .HasDatabaseName("ux_station_posts_one_head_one_deputy");
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.To).HasColumnName("to");
    }
}

public sealed class ContractConfiguration : IEntityTypeConfiguration<Contract>
{
    public void Configure(EntityTypeBuilder<Contract> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("contracts");
        builder.HasKey(c => new { c.TenantId, c.Id });
        builder.HasOne<Person>().WithMany().HasForeignKey(c => new { c.TenantId, c.PersonId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Station>().WithMany().HasForeignKey(c => new { c.TenantId, c.StationId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.TenantId, c.End });
        builder.Property(c => c.Channel).HasConversion<string>().HasMaxLength(2);
        builder.Property(c => c.Warnings).HasMaxLength(1000);
        builder.Property(c => c.OverrideReason).HasMaxLength(Contract.MaxReasonLength);
    }
}

public sealed class RecruitmentCampaignConfiguration : IEntityTypeConfiguration<RecruitmentCampaign>
{
    public void Configure(EntityTypeBuilder<RecruitmentCampaign> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("recruitment_campaigns");
        builder.HasKey(c => new { c.TenantId, c.Id });
        builder.Property(c => c.Title).HasMaxLength(100).IsRequired();
        builder.Property(c => c.Version).IsRowVersion();
        builder.Ignore(c => c.VacancyCounts);
        builder.Ignore(c => c.IsCancelled);
        builder.Property(c => c.CancelledBy).HasMaxLength(256);
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

public sealed class CampaignApplicantConfiguration : IEntityTypeConfiguration<CampaignApplicant>
{
    public void Configure(EntityTypeBuilder<CampaignApplicant> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("campaign_applicants");
        builder.HasKey(a => new { a.TenantId, a.Id });
        builder.HasOne<RecruitmentCampaign>().WithMany().HasForeignKey(a => new { a.TenantId, a.CampaignId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => new { a.TenantId, a.PersonId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.TenantId, a.CampaignId, a.PersonId }).IsUnique();
        builder.Property(a => a.ExamScore).HasPrecision(5, 2);
        builder.Property(a => a.AssessmentScore).HasPrecision(5, 2);
        builder.Property(a => a.Warnings).HasMaxLength(500);
    }
}

public sealed class DeploymentConfiguration : IEntityTypeConfiguration<Deployment>
{
    public void Configure(EntityTypeBuilder<Deployment> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("deployments");
        builder.HasKey(d => new { d.TenantId, d.Id });
        builder.HasOne<Person>().WithMany().HasForeignKey(d => new { d.TenantId, d.PersonId }).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.DecidedBy).HasMaxLength(256).IsRequired();
        builder.Property(d => d.Note).HasMaxLength(500);
    }
}

public sealed class RosterFilingConfiguration : IEntityTypeConfiguration<RosterFiling>
{
    public void Configure(EntityTypeBuilder<RosterFiling> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("roster_filings");
        builder.HasKey(f => new { f.TenantId, f.Id });
        builder.HasOne<Station>().WithMany().HasForeignKey(f => new { f.TenantId, f.StationId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.TenantId, f.StationId, f.Status });
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasStamp(f => f.Filed, "filed", 256);
        builder.HasStamp(f => f.Decided, "decided", 256);
        builder.Property(f => f.Reasons).HasMaxLength(1000);
        builder.Property(f => f.Version).IsRowVersion();
    }
}
