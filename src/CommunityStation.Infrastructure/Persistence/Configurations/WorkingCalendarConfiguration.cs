using CommunityStation.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityStation.Infrastructure.Persistence.Configurations;

/// <summary>The working calendar: city-level like the policy settings (no tenant, no RLS), one row per year and per entry.</summary>
public sealed class CalendarYearConfiguration : IEntityTypeConfiguration<CalendarYear>
{
    public void Configure(EntityTypeBuilder<CalendarYear> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("working_calendar_years");
        builder.HasKey(y => y.Year);
        builder.Property(y => y.Year).ValueGeneratedNever();
        builder.Property(y => y.Source).HasMaxLength(CalendarYear.MaxSourceLength);
        builder.HasStamp(y => y.Recorded, "recorded", 100);
        builder.Property(y => y.Version).IsRowVersion();
        builder.HasMany(y => y.Days).WithOne().HasForeignKey(d => d.Year).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(y => y.Days).HasField("_days").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("working_calendar_days");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Name).HasMaxLength(CalendarDay.MaxNameLength).IsRequired();
        builder.HasStamp(d => d.Recorded, "recorded", 100);
        builder.HasStamp(d => d.Removed, "removed", 100);

        // At most one entry in force per date; removed entries stay as history.
        builder.HasIndex(d => d.Date).IsUnique().HasFilter("removed_at IS NULL");
    }
}
