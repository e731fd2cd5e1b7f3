using CommunityStation.Domain.Inbox;
using CommunityStation.Infrastructure.Tenancy;

namespace CommunityStation.Web.Infrastructure;

/// <summary>
/// Tells the people whose turn it is. Adds notifications to the unit of work, so they are saved (or
/// rolled back) with the transition that caused them. Reminders (issue 12) come through here too.
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
        var recipients = await Recipients.Query(_db)
            .Where(r => r.Role == role && (tenantId == null || r.TenantId == tenantId) && (communityId == null || r.CommunityId == communityId))
            .Select(r => r.UserId)
            .ToListAsync();
        var now = _clock.GetUtcNow();
        _db.Notifications.AddRange(recipients.Select(id => new Notification(Guid.CreateVersion7(), id, title, link, now)));
    }

    /// <summary>
    /// Adds each reminder for each of its recipients, unless that recipient already has it today, or still has an
    /// unread one about the same thing (a reminder stays in the inbox until read; it does not pile up).
    /// The unique key (recipient, subject, day) refuses a second one for the day in any case. Returns how many were added.
    /// </summary>
    public async Task<int> RemindAsync(IReadOnlyCollection<Reminders.DueReminder> due, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(due);
        if (due.Count == 0)
        {
            return 0;
        }

        var subjects = due.Select(d => d.Reminder.Subject).Distinct().ToList();
        var day = due.First().Reminder.Day;
        var held = (await _db.Notifications
                .Where(n => n.ReminderSubject != null && subjects.Contains(n.ReminderSubject) && (n.ReminderDay == day || n.ReadAt == null))
                .Select(n => new { n.RecipientId, n.ReminderSubject })
                .ToListAsync(ct))
            .Select(n => (n.RecipientId, n.ReminderSubject!))
            .ToHashSet();
        var now = _clock.GetUtcNow();
        var added = 0;
        foreach (var (reminder, recipients) in due)
        {
            foreach (var recipient in recipients.Where(r => held.Add((r, reminder.Subject))))
            {
                _db.Notifications.Add(Notification.Remind(Guid.CreateVersion7(), recipient, reminder, now));
                added++;
            }
        }

        return added;
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

/// <summary>Who can be told: every enabled user with their role, tenant and community (city-level tables).</summary>
public sealed class Recipients
{
    private readonly IReadOnlyList<Row> _rows;

    private Recipients(IReadOnlyList<Row> rows) => _rows = rows;

    /// <summary>Member-initialised (not positional), so a query can still filter on it.</summary>
    public sealed record Row
    {
        public Guid UserId { get; init; }

        public string? Role { get; init; }

        public Guid? TenantId { get; init; }

        public Guid? CommunityId { get; init; }
    }

    /// <summary>Enabled users and their roles, as a query.</summary>
    public static IQueryable<Row> Query(AppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return from user in db.Users
               join userRole in db.UserRoles on user.Id equals userRole.UserId
               join r in db.Roles on userRole.RoleId equals r.Id
               where !user.IsDisabled
               select new Row { UserId = user.Id, Role = r.Name, TenantId = user.TenantId, CommunityId = user.CommunityId };
    }

    public static async Task<Recipients> LoadAsync(AppDbContext db, CancellationToken ct = default) => new(await Query(db).ToListAsync(ct));

    /// <summary>The users of <paramref name="role"/> in a tenant (null: city-level users of the role), optionally of one community.</summary>
    public IReadOnlyList<Guid> InRole(string role, Guid? tenantId, Guid? communityId = null) =>
        _rows.Where(r => r.Role == role && r.TenantId == tenantId && (communityId == null || r.CommunityId == communityId)).Select(r => r.UserId).Distinct().ToList();

    /// <summary>One user, if enabled.</summary>
    public IReadOnlyList<Guid> User(Guid userId) => _rows.Any(r => r.UserId == userId) ? [userId] : [];
}

/// <summary>
/// The layout's unread badge for this request. A GET takes the count its transaction's set-up statement read
/// (<see cref="AppDbContext.UnreadAtStart"/>); other verbs read it inside the page's transaction once the handler
/// has run (so a page that marks items read shows the new count); the layout only asks
/// for it itself when no unit of work ran (the error page), and then fails soft.
/// </summary>
public sealed class InboxBadge(AppDbContext db, TenantContext user, IHttpContextAccessor http)
{
    private int? _unread;

    public async Task LoadAsync()
    {
        if (user.UserId is { } id && http.HttpContext is { User.Identity.IsAuthenticated: true } context)
        {
            // A GET changes no notifications, so the count read with the transaction's set-up is still this
            // page's; any other verb may have marked some read (or notified the user), so it reads again.
            _unread = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                ? db.UnreadAtStart ?? await Notifier.UnreadCountAsync(db, id)
                : await Notifier.UnreadCountAsync(db, id);
        }
    }

    /// <summary>The count read by the unit of work, else read now (soft: 0 while the database is down).</summary>
    public async Task<int> UnreadAsync(Guid userId, HttpContext context) => _unread ?? await Notifier.UnreadCountOrZeroAsync(db, userId, context);
}
