using CommunityStation.Domain.Registration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityStation.Infrastructure.Persistence.Configurations;

public sealed class ApplicationStepConfiguration : IEntityTypeConfiguration<ApplicationStep>
{
    public void Configure(EntityTypeBuilder<ApplicationStep> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("application_steps");
        builder.HasKey(s => new { s.TenantId, s.ApplicationId, s.Sequence });
        builder.Property(s => s.Action).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.ActorRole).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.StatusAfter).HasConversion<string>().HasMaxLength(20);
        builder.HasStamp(s => s.Acted, 256, "actor_name", "actor_id", "at");
        builder.Property(s => s.Comment).HasMaxLength(StationApplication.MaxTextLength);
        builder.Property(s => s.Documents).HasMaxLength(1000);
    }
}
