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

    public Guid Id { get; private set; }

    public Guid RecipientId { get; private set; }

    public string Title { get; private set; }

    /// <summary>A local path in the portal, e.g. "/Registration/Applications/Details/…".</summary>
    public string Link { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;
}
