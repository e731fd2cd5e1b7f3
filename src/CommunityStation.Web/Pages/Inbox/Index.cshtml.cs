using CommunityStation.Domain.Registration;
using CommunityStation.Infrastructure.Identity;
using CommunityStation.Infrastructure.Persistence;
using CommunityStation.Infrastructure.Tenancy;
using CommunityStation.Web.Infrastructure.Access;
using CommunityStation.Web.Infrastructure;
using CommunityStation.Web.Pages.Registration;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CommunityStation.Web.Pages.Inbox;

/// <summary>The user's inbox: to-do entries (what waits for their role now) and notifications.</summary>
public sealed class IndexModel : PageModel
{
    private readonly AppDbContext _db;
    private readonly UserAccess _access;
    private readonly PortalClock _clock;
    private readonly TenantContext _tenant;

    public IndexModel(AppDbContext db, UserAccess access, PortalClock clock, TenantContext tenant)
    {
        _db = db;
        _access = access;
        _clock = clock;
        _tenant = tenant;
    }

    public IReadOnlyList<Todo> Todos { get; private set; } = [];

    public PagedList<Item> Notifications { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public DateTimeOffset Now => _clock.UtcNow;

    public async Task OnGetAsync()
    {
        var userId = _tenant.UserId;
        Notifications = await _db.Notifications.Where(n => n.RecipientId == userId)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Select(n => new Item(n.Id, n.Title, n.Link, n.CreatedAt, n.ReadAt != null))
            .ToPagedListAsync(Request);

        var mine = ApplicationTurn.WaitingFor(_access.Actor.Role);
        if (mine.Count > 0 && _access.Can(Capability.Applications))
        {
            var visible = await _access.ApplicationsAsync("inbox to-do");
            Todos = await visible.Where(a => mine.Contains(a.Status))
                .OrderBy(a => a.QueuedAt ?? a.CreatedAt)
                .Select(a => new Todo(a.Id, a.StationName, a.Kind, a.Status, a.QueuedAt ?? a.CreatedAt))
                .ToListAsync();
        }
    }

    public async Task<IActionResult> OnPostReadAsync(Guid id)
    {
        var userId = _tenant.UserId;
        var notification = await _db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.RecipientId == userId);
        if (notification is null)
        {
            return NotFound();
        }

        notification.MarkRead(_clock.UtcNow);
        await _db.SaveChangesAsync();
        return LocalRedirect(notification.Link);
    }

    public async Task<IActionResult> OnPostReadAllAsync()
    {
        var userId = _tenant.UserId;
        var now = _clock.UtcNow;
        foreach (var n in await _db.Notifications.Where(n => n.RecipientId == userId && n.ReadAt == null).ToListAsync())
        {
            n.MarkRead(now);
        }

        await _db.SaveChangesAsync();
        return RedirectToPage();
    }

    public sealed record Todo(Guid Id, string StationName, ApplicationKind Kind, ApplicationStatus Status, DateTimeOffset Since);

    public sealed record Item(Guid Id, string Title, string Link, DateTimeOffset CreatedAt, bool Read);
}
