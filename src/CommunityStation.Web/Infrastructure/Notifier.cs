using CommunityStation.Domain.Inbox;
using CommunityStation.Infrastructure.Tenancy;

namespace CommunityStation.Web.Infrastructure;

/// <summary>
/// Tells the people whose turn it is. Adds notifications to the unit of work, so they are saved (or
/// rolled back) with the transition that caused them.
/// </summary>
public sealed class Notifier
{
    private readonly AppDbContext _db;
    private readonly TimeProvider _clock;

    public Notifier(AppDbContext db, TimeProvider clock)
    {
        _db = db;
        _clock = clock;
    }

    public async Task NotifyAsync(string role, Guid? tenantId, Guid? communityId, string title, string link)
    {
        var recipients = await (from user in _db.Users
                                join userRole in _db.UserRoles on user.Id equals userRole.UserId
                                join r in _db.Roles on userRole.RoleId equals r.Id
                                where r.Name == role && !user.IsDisabled
                                      && (tenantId == null || user.TenantId == tenantId)
                                      && (communityId == null || user.CommunityId == communityId)
                                select user.Id).ToListAsync();
        var now = _clock.GetUtcNow();
        _db.Notifications.AddRange(recipients.Select(id => new Notification(Guid.CreateVersion7(), id, title, link, now)));
    }

    public static Task<int> UnreadCountAsync(AppDbContext db, Guid userId) =>
        db.Notifications.CountAsync(n => n.RecipientId == userId && n.ReadAt == null);

    /// <summary>
    /// The layout's badge: a convenience, so it fails soft. While the database is down (the error page is
    /// being shown, or the query meets the outage) the badge is left out rather than failing the page.
    /// </summary>
    public static async Task<int> UnreadCountOrZeroAsync(AppDbContext db, Guid userId, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (DatabaseOutageHandling.OutageSeen(context) is not null)
        {
            return 0;
        }

        try
        {
            return await UnreadCountAsync(db, userId);
        }
        catch (Exception e) when (CommunityStation.Infrastructure.Database.DatabaseOutage.IsOutage(e))
        {
            DatabaseOutageHandling.MarkOutage(context, e);
            return 0;
        }
    }
}

/// <summary>
/// The layout's unread badge for this request. The unit of work reads it inside the page's transaction
/// once the handler has run (so a page that marks items read shows the new count); the layout only asks
/// for it itself when no unit of work ran (the error page), and then fails soft.
/// </summary>
public sealed class InboxBadge(AppDbContext db, TenantContext user, IHttpContextAccessor http)
{
    private int? _unread;

    public async Task LoadAsync()
    {
        if (user.UserId is { } id && http.HttpContext?.User.Identity?.IsAuthenticated == true)
        {
            _unread = await Notifier.UnreadCountAsync(db, id);
        }
    }

    /// <summary>The count read by the unit of work, else read now (soft: 0 while the database is down).</summary>
    public async Task<int> UnreadAsync(Guid userId, HttpContext context) => _unread ?? await Notifier.UnreadCountOrZeroAsync(db, userId, context);
}
