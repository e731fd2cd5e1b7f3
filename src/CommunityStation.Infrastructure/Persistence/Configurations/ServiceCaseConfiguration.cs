namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class ServiceCaseConfiguration() : TenantTableConfiguration<ServiceCase>("service_cases")
{
    protected override void ConfigureTable(EntityTypeBuilder<ServiceCase> builder)
    {
        builder.HasOne<Station>().WithMany().HasTenantForeignKey(c => c.StationId);
        builder.HasOne<Resident>().WithMany().HasTenantForeignKey(c => c.ResidentId);
        builder.HasTenantIndex(c => new { c.StationId, c.Year, c.Sequence }).IsUnique();
        builder.HasTenantIndex(c => new { c.StationId, c.Status });
        builder.HasTenantIndex(c => new { c.OwnerId, c.Status });

        // The desk dashboard counts every case in reach by station and duty area (open, overdue, today): this
        // covers those columns, so the count is an index-only scan instead of reading every case row (issue 13).
        builder.HasTenantIndex(c => new { c.StationId, c.DutyAreaCode, c.Status, c.PromisedBy, c.ReceivedAt }).HasDatabaseName("ix_service_cases_dashboard");
        builder.HasTenantIndex(c => c.RatingTokenHash);
        builder.HasTenantIndex(c => c.IntakeToken).IsUnique();
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
        builder.HasActorName(c => c.LastActor);
        builder.Property(c => c.RatingTokenHash).HasMaxLength(64).IsRequired();
        builder.Property(c => c.ReceiptTokenSealed).HasMaxLength(ServiceCase.MaxSealedTokenLength);
        builder.OwnsSteps(c => c.Steps, s => s.CaseId);
    }
}
