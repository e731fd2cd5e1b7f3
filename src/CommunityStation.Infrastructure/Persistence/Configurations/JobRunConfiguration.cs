using CommunityStation.Infrastructure.Operations;

namespace CommunityStation.Infrastructure.Persistence.Configurations;

/// <summary>Background runs, city-level; read newest first per job.</summary>
internal sealed class JobRunConfiguration() : CityTableConfiguration<JobRun>("job_runs", r => r.Id)
{
    protected override void ConfigureTable(EntityTypeBuilder<JobRun> builder)
    {
        builder.Property(r => r.Job).HasMaxLength(50).IsRequired();
        builder.Property(r => r.Instance).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Message).HasMaxLength(JobRun.MaxMessageLength);
        builder.HasIndex(r => new { r.Job, r.StartedAt });
    }
}
