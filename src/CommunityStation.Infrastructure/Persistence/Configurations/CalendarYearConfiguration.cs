namespace CommunityStation.Infrastructure.Persistence.Configurations;

/// <summary>The working calendar: city-level like the policy settings (no tenant, no RLS), one row per year and per entry.</summary>
internal sealed class CalendarYearConfiguration() : CityTableConfiguration<CalendarYear>("working_calendar_years", y => y.Year)
{
    protected override void ConfigureTable(EntityTypeBuilder<CalendarYear> builder)
    {
        builder.Property(y => y.Year).ValueGeneratedNever();
        builder.Property(y => y.Source).HasMaxLength(CalendarYear.MaxSourceLength);
        builder.HasStamp(y => y.Recorded, "recorded", 100);
        builder.HasMany(y => y.Days).WithOne().HasForeignKey(d => d.Year).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(y => y.Days).HasField("_days").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
