namespace CommunityStation.Infrastructure.Persistence.Configurations;

internal sealed class ApplicationDocumentConfiguration() : TenantTableConfiguration<ApplicationDocument>("application_documents")
{
    protected override void ConfigureTable(EntityTypeBuilder<ApplicationDocument> builder)
    {
        builder.HasOne<StationApplication>().WithMany().HasTenantForeignKey(d => d.ApplicationId, DeleteBehavior.Cascade);

        // Each upload to a slot is a new version; earlier versions stay.
        builder.HasTenantIndex(d => new { d.ApplicationId, d.Slot, d.Version }).IsUnique();
        builder.Property(d => d.Slot).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.FileName).HasMaxLength(100).IsRequired();
        builder.Property(d => d.ContentType).HasMaxLength(100).IsRequired(); // DOCX: application/vnd.openxmlformats-officedocument.wordprocessingml.document
        builder.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.HasStamp(d => d.Uploaded, "uploaded", 256);

        // Stored in PostgreSQL, in the same transaction as the record (bytea).
        builder.Property(d => d.Content).IsRequired();
    }
}
