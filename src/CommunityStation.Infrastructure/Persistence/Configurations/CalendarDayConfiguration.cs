namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class CalendarDayConfiguration() : CityTableConfiguration<CalendarDay>("working_calendar_days", d => d.Id)
{
    protected override void ConfigureTable(EntityTypeBuilder<CalendarDay> builder)
    {
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Name).HasMaxLength(CalendarDay.MaxNameLength).IsRequired();
        builder.HasStamp(d => d.Recorded, "recorded", 100);
        builder.HasStamp(d => d.Removed, "removed", 100);

        // At most one entry in force per date; removed entries stay as history.
        builder.HasIndex(d => d.Date).IsUnique().HasFilter("removed_at IS NULL");
    }
}
