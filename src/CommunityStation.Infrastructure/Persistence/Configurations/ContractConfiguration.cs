namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class ContractConfiguration() : TenantTableConfiguration<Contract>("contracts")
{
    protected override void ConfigureTable(EntityTypeBuilder<Contract> builder)
    {
        builder.HasOne<Person>().WithMany().HasTenantForeignKey(c => c.PersonId);
        builder.HasOne<Station>().WithMany().HasTenantForeignKey(c => c.StationId);

        // Contracts ending soon are looked up across a tenant (H: expiry warnings).
        builder.HasTenantIndex(c => c.End);
        builder.Property(c => c.Channel).HasConversion<string>().HasMaxLength(2);
        builder.Property(c => c.Warnings).HasMaxLength(1000);
        builder.Property(c => c.OverrideReason).HasMaxLength(Contract.MaxReasonLength);
    }
}
