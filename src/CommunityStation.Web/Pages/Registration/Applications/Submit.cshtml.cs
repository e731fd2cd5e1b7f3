using CommunityStation.Domain.Registration;
using CommunityStation.Infrastructure.Identity;
using CommunityStation.Infrastructure.Persistence;
using CommunityStation.Web.Infrastructure.Access;
using CommunityStation.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CommunityStation.Web.Pages.Registration.Applications;

/// <summary>The RC submits its application, with the latest version of each R4 document, to the town.</summary>
public sealed class SubmitModel : PageModel
{
    private readonly AppDbContext _db;
    private readonly UserAccess _access;
    private readonly PortalClock _clock;
    private readonly IStringLocalizer<SharedResource> _l;
    private readonly Notifier _notifier;

    public SubmitModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> l, Notifier notifier)
    {
        _db = db;
        _access = access;
        _clock = clock;
        _l = l;
        _notifier = notifier;
    }

    [BindProperty]
    public SubmitInput Input { get; set; } = new();

    public ApplicationHeader Header { get; private set; } = null!;

    public IReadOnlyList<SlotView> Slots { get; private set; } = [];

    public ActionForm Form => new(Header.Id, Input.Version, _clock.Today);

    public async Task OnGetAsync(Guid id)
    {
        await LoadAsync(id);
        Input.Version = Header.Version;
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        await LoadAsync(id);
        var application = await ApplicationHeader.FindAsync(_access, id);
        _db.ExpectVersion(application, Input.Version);

        // R4: the domain refuses a submission with a document missing and names it.
        var latest = Slots.Where(s => s.Latest is not null).ToList();
        application.Submit(_access.Actor, latest.Select(s => s.Slot).ToList(), string.Join("; ", latest.Select(s => $"{DocumentSlots.NameZh(s.Slot)} v{s.Latest!.Version}")), _clock.UtcNow);
        await _notifier.NotifyAsync(AppRoles.TownOfficial, application.TenantId, null, $"待审核：{application.StationName}（{_l[Labels.ApplicationKind(application.Kind)]}）", ApplicationHeader.Link(id));
        if (!await ApplicationHeader.TrySaveTransitionAsync(_db, _access, id, ModelState, _l))
        {
            await LoadAsync(id);
            return Page();
        }

        TempData["Saved"] = _l["已办理。"].Value;
        return RedirectToPage("/Registration/Applications/Details", new { id });
    }

    private async Task LoadAsync(Guid id)
    {
        Header = await ApplicationHeader.LoadAsync(_db, _access, id);
        Slots = await SlotView.LoadAsync(_db, id);
    }

    public sealed class SubmitInput
    {
        public uint Version { get; set; }
    }
}
