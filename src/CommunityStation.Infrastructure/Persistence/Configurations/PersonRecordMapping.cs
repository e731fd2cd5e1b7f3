namespace CommunityStation.Infrastructure.Persistence.Configurations;

/// <summary>The columns of someone's particulars (<see cref="PersonRecord"/>), the same for the register's people and a campaign's applicants.</summary>
internal static class PersonRecordMapping
{
    public static void HasParticulars<T>(this EntityTypeBuilder<T> builder)
        where T : PersonRecord
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(p => p.Name).HasMaxLength(PersonParticulars.MaxNameLength).IsRequired();
        builder.Property(p => p.IdNumber).HasMaxLength(18).IsRequired();
        builder.Property(p => p.Phone).HasMaxLength(ChinesePhoneNumber.MaxLength);
        builder.Property(p => p.Gender).HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.Education).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Computer).HasConversion<string>().HasMaxLength(10);
        builder.Ignore(p => p.HasSocialWorkBackground);
    }
}
