using CommunityStation.Domain.Common;
using CommunityStation.Domain.Registration;
using CommunityStation.Domain.ServiceDesk;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityStation.Infrastructure.Persistence.Configurations;

public sealed class ServiceCaseConfiguration : IEntityTypeConfiguration<ServiceCase>
{
    public void Configure(EntityTypeBuilder<ServiceCase> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("service_cases");
        builder.HasKey(c => new { c.TenantId, c.Id });
        builder.HasOne<Station>().WithMany().HasForeignKey(c => new { c.TenantId, c.StationId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Resident>().WithMany().HasForeignKey(c => new { c.TenantId, c.ResidentId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.TenantId, c.StationId, c.Year, c.Sequence }).IsUnique();
        builder.HasIndex(c => new { c.TenantId, c.StationId, c.Status });
        builder.HasIndex(c => new { c.TenantId, c.OwnerId, c.Status });
        builder.HasIndex(c => new { c.TenantId, c.RatingTokenHash });
        builder.HasIndex(c => new { c.TenantId, c.IntakeToken }).IsUnique();
        builder.Property(c => c.Number).HasMaxLength(40).IsRequired();
        builder.Property(c => c.DutyAreaCode).HasMaxLength(3).IsRequired();
        builder.Property(c => c.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.ReferredTo).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Request).HasMaxLength(ServiceCase.MaxTextLength).IsRequired();
        builder.Property(c => c.Result).HasMaxLength(ServiceCase.MaxTextLength);
        builder.Property(c => c.ReferralDepartment).HasMaxLength(100);
        builder.Property(c => c.ReferralNote).HasMaxLength(ServiceCase.MaxTextLength);
        builder.Property(c => c.OwnerName).HasMaxLength(50).IsRequired();
        builder.Property(c => c.LastActor).HasMaxLength(256);
        builder.Property(c => c.RatingTokenHash).HasMaxLength(64).IsRequired();
        builder.Property(c => c.Version).IsRowVersion();
        builder.HasMany(c => c.Steps).WithOne().HasForeignKey(s => new { s.TenantId, s.CaseId }).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Steps).HasField("_steps").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class CaseStepConfiguration : IEntityTypeConfiguration<CaseStep>
{
    public void Configure(EntityTypeBuilder<CaseStep> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("case_steps");
        builder.HasKey(s => new { s.TenantId, s.CaseId, s.Sequence });
        builder.Property(s => s.Action).HasConversion<string>().HasMaxLength(30);
        builder.HasStamp(s => s.Acted, 256, "actor_name", "actor_id", "at");
        builder.Property(s => s.Note).HasMaxLength(ServiceCase.MaxTextLength + 120);
    }
}

public sealed class CaseCounterConfiguration : IEntityTypeConfiguration<CaseCounter>
{
    public void Configure(EntityTypeBuilder<CaseCounter> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("case_counters");
        builder.HasKey(c => new { c.TenantId, c.StationId, c.Year });
        builder.HasOne<Station>().WithMany().HasForeignKey(c => new { c.TenantId, c.StationId }).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class RatingConfiguration : IEntityTypeConfiguration<Rating>
{
    public void Configure(EntityTypeBuilder<Rating> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("ratings");
        builder.HasKey(r => new { r.TenantId, r.Id });
        builder.HasIndex(r => new { r.TenantId, r.CaseId }).IsUnique();
        builder.HasIndex(r => new { r.TenantId, r.StationId });
        builder.HasOne<ServiceCase>().WithMany().HasForeignKey(r => new { r.TenantId, r.CaseId }).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.DutyAreaCode).HasMaxLength(3).IsRequired();
        builder.Property(r => r.StaffName).HasMaxLength(50).IsRequired();
        builder.Property(r => r.Level).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Comment).HasMaxLength(500);
    }
}

public sealed class ResidentConfiguration : IEntityTypeConfiguration<Resident>
{
    public void Configure(EntityTypeBuilder<Resident> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("residents");
        builder.HasKey(r => new { r.TenantId, r.Id });
        builder.HasOne<Station>().WithMany().HasForeignKey(r => new { r.TenantId, r.StationId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.TenantId, r.StationId, r.Name });
        builder.HasIndex(r => new { r.TenantId, r.IdNumber });
        builder.HasIndex(r => new { r.TenantId, r.Phone });
        builder.Property(r => r.Name).HasMaxLength(30).IsRequired();
        builder.Property(r => r.IdNumber).HasMaxLength(18);
        builder.Property(r => r.Phone).HasMaxLength(ChinesePhoneNumber.MaxLength);
    }
}

public sealed class StationDeskConfiguration : IEntityTypeConfiguration<StationDesk>
{
    public void Configure(EntityTypeBuilder<StationDesk> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("desks");
        builder.HasKey(d => new { d.TenantId, d.Id });
        builder.HasOne<Station>().WithMany().HasForeignKey(d => new { d.TenantId, d.StationId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.TenantId, d.StationId, d.Number }).IsUnique();
        builder.Property(d => d.Name).HasMaxLength(30).IsRequired();
        builder.Property(d => d.Version).IsRowVersion();
    }
}

public sealed class DeskDutyConfiguration : IEntityTypeConfiguration<DeskDuty>
{
    public void Configure(EntityTypeBuilder<DeskDuty> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("desk_duties");
        builder.HasKey(d => new { d.TenantId, d.Id });
        builder.HasOne<StationDesk>().WithMany().HasForeignKey(d => new { d.TenantId, d.DeskId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.TenantId, d.DeskId, d.Day, d.UserId }).IsUnique();
        builder.Property(d => d.StaffName).HasMaxLength(50).IsRequired();
        builder.Property(d => d.Post).HasMaxLength(20).IsRequired();
    }
}

public sealed class StationRuleRevisionConfiguration : IEntityTypeConfiguration<StationRuleRevision>
{
    public void Configure(EntityTypeBuilder<StationRuleRevision> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("station_rule_revisions");
        builder.HasKey(r => new { r.TenantId, r.Id });
        builder.HasOne<Station>().WithMany().HasForeignKey(r => new { r.TenantId, r.StationId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.TenantId, r.StationId, r.Revision }).IsUnique();
        builder.Property(r => r.Body).HasMaxLength(StationRuleRevision.MaxBodyLength).IsRequired();
        builder.HasStamp(r => r.Edited, "edited", 256);
    }
}

public sealed class StationProfileConfiguration : IEntityTypeConfiguration<StationProfile>
{
    public void Configure(EntityTypeBuilder<StationProfile> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("station_profiles");
        builder.HasKey(p => new { p.TenantId, p.StationId });
        builder.HasOne<Station>().WithOne().HasForeignKey<StationProfile>(p => new { p.TenantId, p.StationId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.TenantId, p.CaseCode }).IsUnique();
        builder.Property(p => p.CaseCode).HasMaxLength(12).IsRequired();
        builder.Property(p => p.OpeningHours).HasMaxLength(200).IsRequired();
    }
}
