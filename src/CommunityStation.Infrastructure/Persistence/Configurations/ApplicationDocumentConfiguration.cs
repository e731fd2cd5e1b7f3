using CommunityStation.Domain.Registration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityStation.Infrastructure.Persistence.Configurations;

public sealed class ApplicationDocumentConfiguration : IEntityTypeConfiguration<ApplicationDocument>
{
    public void Configure(EntityTypeBuilder<ApplicationDocument> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("application_documents");
        builder.HasKey(d => new { d.TenantId, d.Id });
        builder.HasOne<StationApplication>().WithMany().HasForeignKey(d => new { d.TenantId, d.ApplicationId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.TenantId, d.ApplicationId, d.Slot, d.Version }).IsUnique();
        builder.Property(d => d.Slot).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.FileName).HasMaxLength(100).IsRequired();
        builder.Property(d => d.ContentType).HasMaxLength(100).IsRequired(); // DOCX: application/vnd.openxmlformats-officedocument.wordprocessingml.document
        builder.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.HasStamp(d => d.Uploaded, "uploaded", 256);

        // Stored in PostgreSQL, in the same transaction as the record (bytea).
        builder.Property(d => d.Content).IsRequired();
    }
}
