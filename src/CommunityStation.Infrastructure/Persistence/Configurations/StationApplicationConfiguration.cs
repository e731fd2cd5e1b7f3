using CommunityStation.Domain.Common;
using CommunityStation.Domain.Communities;
using CommunityStation.Domain.Registration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityStation.Infrastructure.Persistence.Configurations;

public sealed class StationApplicationConfiguration : IEntityTypeConfiguration<StationApplication>
{
    public void Configure(EntityTypeBuilder<StationApplication> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("station_applications");
        builder.HasKey(a => new { a.TenantId, a.Id });
        builder.HasOne<Community>().WithMany().HasForeignKey(a => new { a.TenantId, a.CommunityId }).OnDelete(DeleteBehavior.Restrict);

        // One application in progress per community (R1), enforced by the database as well.
        builder.HasIndex(a => new { a.TenantId, a.CommunityId })
            .IsUnique()
            .HasFilter("status <> 'Registered'")
            .HasDatabaseName("ux_station_applications_one_in_progress");
        builder.HasIndex(a => new { a.TenantId, a.Status, a.QueuedAt });

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
        builder.Property(a => a.LastActor).HasMaxLength(256);
        builder.Property(a => a.RegistrationNumber).HasMaxLength(40);
        builder.Property(a => a.Uscc).HasMaxLength(18);
        builder.Property(a => a.Version).IsRowVersion();
        builder.Ignore(a => a.Particulars);
        builder.Ignore(a => a.Warnings);
        builder.Ignore(a => a.IsInProgress);

        builder.HasMany(a => a.Steps).WithOne().HasForeignKey(s => new { s.TenantId, s.ApplicationId }).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Steps).HasField("_steps").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
