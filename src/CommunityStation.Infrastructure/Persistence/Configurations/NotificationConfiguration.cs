using CommunityStation.Infrastructure.Identity;

namespace CommunityStation.Infrastructure.Persistence.Configurations;

/// <summary>A user's inbox: keyed by the user, not the tenant (city-level users get notifications too).</summary>
internal sealed class NotificationConfiguration() : CityTableConfiguration<Notification>("notifications", n => n.Id)
{
    protected override void ConfigureTable(EntityTypeBuilder<Notification> builder)
    {
        builder.HasOne<AppUser>().WithMany().HasForeignKey(n => n.RecipientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.RecipientId, n.ReadAt });
        builder.Property(n => n.Title).HasMaxLength(Notification.MaxTitleLength).IsRequired();
        builder.Property(n => n.Link).HasMaxLength(300).IsRequired();

        // One reminder per recipient, thing and day, whichever instance or run sends it (issue 12).
        builder.Property(n => n.ReminderSubject).HasMaxLength(Reminder.MaxSubjectLength);
        builder.HasIndex(n => new { n.RecipientId, n.ReminderSubject, n.ReminderDay }).IsUnique();
    }
}
