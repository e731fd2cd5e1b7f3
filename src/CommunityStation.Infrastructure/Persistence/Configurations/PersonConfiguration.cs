namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class PersonConfiguration() : TenantTableConfiguration<Person>("people")
{
    protected override void ConfigureTable(EntityTypeBuilder<Person> builder)
    {
        
        // One person per ID number in a tenant, whatever sides and posts they hold.
        builder.HasTenantIndex(p => p.IdNumber).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(30).IsRequired();
        builder.Property(p => p.IdNumber).HasMaxLength(18).IsRequired();
        builder.Property(p => p.Phone).HasMaxLength(ChinesePhoneNumber.MaxLength);
        builder.Property(p => p.Gender).HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.Education).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Computer).HasConversion<string>().HasMaxLength(10);
        builder.Ignore(p => p.HasSocialWorkBackground);
    }
}
