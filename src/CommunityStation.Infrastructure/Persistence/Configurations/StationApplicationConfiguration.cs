namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class StationApplicationConfiguration() : TenantTableConfiguration<StationApplication>("station_applications")
{
    protected override void ConfigureTable(EntityTypeBuilder<StationApplication> builder)
    {
        builder.HasOne<Community>().WithMany().HasTenantForeignKey(a => a.CommunityId);

        // One application in progress per community (R1), enforced by the database as well.
        builder.HasTenantIndex(a => a.CommunityId)
            .IsUnique()
            .HasFilter("status <> 'Registered'")
            .HasDatabaseName("ux_station_applications_one_in_progress");
        builder.HasTenantIndex(a => new { a.Status, a.QueuedAt });

        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.StationName).HasMaxLength(100).IsRequired();
        builder.HasStamp(a => a.Created, "created", 256);
        builder.Property(a => a.HeadName).HasMaxLength(30).IsRequired();
        builder.Property(a => a.HeadIdNumber).HasMaxLength(18).IsRequired();
        builder.Property(a => a.HeadPhone).HasMaxLength(ChinesePhoneNumber.MaxLength).IsRequired();
        builder.Property(a => a.HeadEducation).HasMaxLength(20).IsRequired();
        builder.Property(a => a.PremisesAddress).HasMaxLength(200).IsRequired();
        builder.Property(a => a.PremisesAreaSqm).HasPrecision(10, 2);
        builder.Property(a => a.PremisesUseRightBasis).HasMaxLength(200).IsRequired();
        builder.Property(a => a.RegisteredCapital).HasPrecision(14, 2);
        builder.Property(a => a.CapitalSource).HasMaxLength(200).IsRequired();
        builder.Property(a => a.TownOpinion).HasMaxLength(StationApplication.MaxTextLength);
        builder.HasStamp(a => a.TownOpinionGiven, "town_opinion", 256);
        builder.Property(a => a.LastReturnReason).HasMaxLength(StationApplication.MaxTextLength);
        builder.HasActorName(a => a.LastActor);
        builder.Property(a => a.RegistrationNumber).HasMaxLength(40);
        builder.Property(a => a.Uscc).HasMaxLength(18);
        builder.Ignore(a => a.Particulars);
        builder.Ignore(a => a.Warnings);
        builder.Ignore(a => a.IsInProgress);
        builder.OwnsSteps(a => a.Steps, s => s.ApplicationId);
    }
}
