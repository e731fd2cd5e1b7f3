using CommunityStation.Infrastructure.Identity;
using CommunityStation.Infrastructure.Persistence;
using CommunityStation.Web.Infrastructure.Access;
using CommunityStation.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CommunityStation.Web.Pages.Registration.Applications;

/// <summary>
/// R2: the town agrees with a written opinion (the application goes to the bureau) or returns it to the
/// RC with reasons. Two officials acting at once: exactly one decision stands (optimistic concurrency).
/// </summary>
public sealed class DecideModel : PageModel
{
    private readonly AppDbContext _db;
    private readonly UserAccess _access;
    private readonly PortalClock _clock;
    private readonly IStringLocalizer<SharedResource> _l;
    private readonly Notifier _notifier;

    public DecideModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> l, Notifier notifier)
    {
        _db = db;
        _access = access;
        _clock = clock;
        _l = l;
        _notifier = notifier;
    }

    [BindProperty]
    public DecideInput Input { get; set; } = new();

    public ApplicationHeader Header { get; private set; } = null!;

    public ActionForm Form => new(Header.Id, Input.Version, _clock.Today);

    public async Task OnGetAsync(Guid id)
    {
        Header = await ApplicationHeader.LoadAsync(_db, _access, id);
        Input.Version = Header.Version;
    }

    public async Task<IActionResult> OnPostAgreeAsync(Guid id)
    {
        Header = await ApplicationHeader.LoadAsync(_db, _access, id);
        var application = await ApplicationHeader.FindAsync(_access, id);
        _db.ExpectVersion(application, Input.Version);
        application.TownAgree(_access.Actor, Input.Text ?? string.Empty, _clock.UtcNow);
        await _notifier.NotifyAsync(AppRoles.Bureau, null, null, $"待登记：{application.StationName}（{_l[Labels.ApplicationKind(application.Kind)]}）", ApplicationHeader.Link(id));
        await _notifier.NotifyAsync(AppRoles.RcOfficer, application.TenantId, application.CommunityId, $"镇（街道）已同意：{application.StationName}", ApplicationHeader.Link(id));
        return await SaveAsync(id);
    }

    public async Task<IActionResult> OnPostReturnAsync(Guid id)
    {
        Header = await ApplicationHeader.LoadAsync(_db, _access, id);
        var application = await ApplicationHeader.FindAsync(_access, id);
        _db.ExpectVersion(application, Input.Version);
        application.TownReturn(_access.Actor, Input.Text ?? string.Empty, _clock.UtcNow);
        await _notifier.NotifyAsync(AppRoles.RcOfficer, application.TenantId, application.CommunityId, $"申请被退回：{application.StationName}", ApplicationHeader.Link(id));
        return await SaveAsync(id);
    }

    private async Task<IActionResult> SaveAsync(Guid id)
    {
        if (!await ApplicationHeader.TrySaveTransitionAsync(_db, _access, id, ModelState, _l))
        {
            Header = await ApplicationHeader.LoadAsync(_db, _access, id);
            return Page();
        }

        TempData["Saved"] = _l["已办理。"].Value;
        return RedirectToPage("/Registration/Applications/Details", new { id });
    }

    public sealed class DecideInput
    {
        /// <summary>The opinion when agreeing, the reasons when returning.</summary>
        public string? Text { get; set; }

        public uint Version { get; set; }
    }
}
