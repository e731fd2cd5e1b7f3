using CommunityStation.Domain.Inbox;
using CommunityStation.Domain.Registration;
using CommunityStation.Infrastructure.Tenancy;

namespace CommunityStation.Web.Pages.Inbox;

/// <summary>
/// The user's inbox: to-do entries (what waits for their role now, the oldest first; the whole queue is the
/// applications list) and notifications, paged, filtered by unread and by words, and exported with the filter.
/// </summary>
public sealed class IndexModel(AppDbContext db, UserAccess access, PortalClock clock, TenantContext tenant, IStringLocalizer<SharedResource> localizer) : ListPageModel<IndexModel.Item>
{
    /// <summary>How many to-do entries the inbox lists before it points to the whole queue.</summary>
    public const int TodosShown = 10;

    [BindProperty(SupportsGet = true)]
    public bool Unread { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    public IReadOnlyList<Todo> Todos { get; private set; } = [];

    /// <summary>Every to-do entry, of which <see cref="Todos"/> are the oldest.</summary>
    public int TodoTotal { get; private set; }

    public DateTimeOffset Now => clock.UtcNow;

    public async Task OnGetAsync()
    {
        Rows = await Notifications().ToKeysetPageAsync(Request, Order, n => new Item(n.Id, n.Title, n.Link, n.CreatedAt, n.ReadAt != null));

        var mine = ApplicationTurn.WaitingFor(access.Actor.Role);
        if (mine.Count > 0 && access.Can(Capability.Applications))
        {
            var waiting = (await access.ApplicationsAsync("inbox to-do")).Where(a => mine.Contains(a.Status));
            TodoTotal = await waiting.CountAsync();
            Todos = await waiting
                .OrderBy(a => a.QueuedAt ?? a.Created.At).ThenBy(a => a.Id)
                .Select(a => new Todo(a.Id, a.StationName, a.Kind, a.Status, a.QueuedAt ?? a.Created.At))
                .Take(TodosShown)
                .ToListAsync();
        }
    }

    public async Task<IActionResult> OnGetExportAsync(string format)
    {
        string[] header = [localizer["通知"], localizer["时间"], localizer["已读"], localizer["时间（UTC）"]];
        return await ExportAsync(format, "notifications", localizer["通知"], header, Notifications().OrderedBy(Order), n =>
            [RecordedText.ShownNotification(n.Title, localizer), PortalClock.Shown(n.CreatedAt), n.ReadAt is null ? localizer["否"] : localizer["是"], PortalClock.Utc(n.CreatedAt)]);
    }

    public async Task<IActionResult> OnPostReadAsync(Guid id)
    {
        var userId = tenant.UserId;
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.RecipientId == userId);
        if (notification is null)
        {
            return NotFound();
        }

        notification.MarkRead(clock.UtcNow);
        await db.SaveChangesAsync();
        return LocalRedirect(notification.Link);
    }

    public async Task<IActionResult> OnPostReadAllAsync()
    {
        var userId = tenant.UserId;
        var now = clock.UtcNow;
        foreach (var n in await db.Notifications.Where(n => n.RecipientId == userId && n.ReadAt == null).ToListAsync())
        {
            n.MarkRead(now);
        }

        await db.SaveChangesAsync();
        return RedirectToPage();
    }

    /// <summary>The user's own notifications, narrowed by the filter (titles are stored in Chinese, so the words are matched there).</summary>
    private IQueryable<Notification> Notifications()
    {
        var userId = tenant.UserId;
        var query = db.Notifications.Where(n => n.RecipientId == userId);
        if (Unread)
        {
            query = query.Where(n => n.ReadAt == null);
        }

        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = TextNormalizer.Text(Search);
            query = query.Where(n => n.Title.Contains(term));
        }

        return query;
    }

    private static Keyset<Notification> Order(Keyset<Notification> keys) => keys.By(n => n.CreatedAt, descending: true).Then(n => n.Id, descending: true);

    public sealed record Todo(Guid Id, string StationName, ApplicationKind Kind, ApplicationStatus Status, DateTimeOffset Since);

    public sealed record Item(Guid Id, string Title, string Link, DateTimeOffset CreatedAt, bool Read);
}
