namespace CommunityStation.Domain.Inbox;

/// <summary>
/// An in-app message to one user that it is their turn (or that something they sent was handled).
/// Per user, not per tenant: bureau users have no tenant, so notifications are filtered by recipient.
/// </summary>
public sealed class Notification
{
    public const int MaxTitleLength = 200;

    public Notification(Guid id, Guid recipientId, string title, string link, DateTimeOffset createdAt)
    {
        Id = id;
        RecipientId = recipientId;
        Title = title.Length > MaxTitleLength ? title[..MaxTitleLength] : title;
        Link = link;
        CreatedAt = createdAt;
    }

    /// <summary>A reminder (issue 12): remembers its subject and day, so the same reminder is never sent twice on one day.</summary>
    public static Notification Remind(Guid id, Guid recipientId, Reminder reminder, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        return new Notification(id, recipientId, reminder.Title, reminder.Link, createdAt) { ReminderSubject = reminder.Subject, ReminderDay = reminder.Day };
    }

    public Guid Id { get; private set; }

    public Guid RecipientId { get; private set; }

    public string Title { get; private set; }

    /// <summary>A local path in the portal, e.g. "/Registration/Applications/Details/…".</summary>
    public string Link { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>For a reminder: what it is about (<see cref="Reminder.Subject"/>); null for other notifications.</summary>
    public string? ReminderSubject { get; private set; }

    /// <summary>For a reminder: the Beijing day it was sent for (one per recipient, subject and day).</summary>
    public DateOnly? ReminderDay { get; private set; }

    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;
}
