using CommunityStation.Domain.Registration;
using CommunityStation.Infrastructure.Tenancy;
using CommunityStation.Web.Pages.Registration;

namespace CommunityStation.Web.Pages.Inbox;

/// <summary>The user's inbox: to-do entries (what waits for their role now) and notifications.</summary>
public sealed class IndexModel(AppDbContext db, UserAccess access, PortalClock clock, TenantContext tenant) : PageModel
{
    public IReadOnlyList<Todo> Todos { get; private set; } = [];

    public PagedList<Item> Notifications { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public DateTimeOffset Now => clock.UtcNow;

    public async Task OnGetAsync()
    {
        var userId = tenant.UserId;
        Notifications = await db.Notifications.Where(n => n.RecipientId == userId).ToKeysetPageAsync(
            Request,
            k => k.By(n => n.CreatedAt, descending: true).Then(n => n.Id, descending: true),
            n => new Item(n.Id, n.Title, n.Link, n.CreatedAt, n.ReadAt != null));

        var mine = ApplicationTurn.WaitingFor(access.Actor.Role);
        if (mine.Count > 0 && access.Can(Capability.Applications))
        {
            var visible = await access.ApplicationsAsync("inbox to-do");
            Todos = await visible.Where(a => mine.Contains(a.Status))
                .OrderBy(a => a.QueuedAt ?? a.Created.At)
                .Select(a => new Todo(a.Id, a.StationName, a.Kind, a.Status, a.QueuedAt ?? a.Created.At))
                .ToListAsync();
        }
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

    public sealed record Todo(Guid Id, string StationName, ApplicationKind Kind, ApplicationStatus Status, DateTimeOffset Since);

    public sealed record Item(Guid Id, string Title, string Link, DateTimeOffset CreatedAt, bool Read);
}
