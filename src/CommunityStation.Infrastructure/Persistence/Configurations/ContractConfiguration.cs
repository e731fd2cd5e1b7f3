namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class ContractConfiguration : IEntityTypeConfiguration<Contract>
{
    public void Configure(EntityTypeBuilder<Contract> builder)
    {
        var table = builder.IsTenantTable("contracts");
        table.RefersTo<Person>(c => c.PersonId);
        table.RefersTo<Station>(c => c.StationId);

        // Contracts ending soon are looked up across a tenant (H: expiry warnings).
        table.HasIndex(c => c.End);
        builder.Property(c => c.Channel).HasConversion<string>().HasMaxLength(2);
        builder.Property(c => c.Warnings).HasMaxLength(1000);
        builder.Property(c => c.OverrideReason).HasMaxLength(Contract.MaxReasonLength);
    }
}
