namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class ServiceCaseConfiguration : IEntityTypeConfiguration<ServiceCase>
{
    public void Configure(EntityTypeBuilder<ServiceCase> builder)
    {
        var table = builder.IsTenantTable("service_cases");
        table.RefersTo<Station>(c => c.StationId);
        table.RefersTo<Resident>(c => c.ResidentId);
        table.HasIndex(c => new { c.StationId, c.Year, c.Sequence }).IsUnique();
        table.HasIndex(c => new { c.StationId, c.Status });
        table.HasIndex(c => new { c.OwnerId, c.Status });
        table.HasIndex(c => c.RatingTokenHash);
        table.HasIndex(c => c.IntakeToken).IsUnique();
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
        builder.Property(c => c.LastActor).HasMaxLength(TableMapping.ActorNameLength);
        builder.Property(c => c.RatingTokenHash).HasMaxLength(64).IsRequired();
        table.Owns(c => c.Steps, "_steps", s => s.CaseId);
    }
}
