using CommunityStation.Domain.Registration;

namespace CommunityStation.Web.Pages.Registration.Applications;

/// <summary>The RC submits its application, with the latest version of each R4 document, to the town.</summary>
public sealed class SubmitModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> localizer, Notifier notifier) : PageModel
{
    [BindProperty]
    public SubmitInput Input { get; set; } = new();

    public ApplicationHeader Header { get; private set; } = null!;

    public IReadOnlyList<SlotView> Slots { get; private set; } = [];

    /// <summary>R4: the documents this application needs (for a change, only those it touches).</summary>
    public IReadOnlyList<DocumentSlot> Required { get; private set; } = [];

    public ActionForm Form => new(Header.Id, Input.Version, clock.Today);

    public async Task OnGetAsync(Guid id)
    {
        await LoadAsync(id);
        Input.Version = Header.Version;
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        await LoadAsync(id);
        var application = await ApplicationHeader.FindAsync(access, id);
        db.ExpectVersion(application, Input.Version);

        // R4: the domain refuses a submission with a document missing and names it; a change is weighed against its station.
        var latest = Slots.Where(s => s.Latest is not null).ToList();
        var current = await ApplicationHeader.ChangedStationAsync(access, application.Kind, application.StationId);
        application.Submit(access.Actor, latest.Select(s => s.Slot).ToList(), string.Join("; ", latest.Select(s => $"{DocumentSlots.NameZh(s.Slot)} v{s.Latest!.Version}")), clock.UtcNow, current);
        await notifier.NotifyAsync(AppRoles.TownOfficial, application.TenantId, null, $"待审核：{application.StationName}（{localizer[Labels.ApplicationKind(application.Kind)]}）", ApplicationHeader.Link(id));
        if (!await ApplicationHeader.TrySaveTransitionAsync(db, access, id, ModelState, localizer))
        {
            await LoadAsync(id);
            return Page();
        }

        TempData["Saved"] = localizer["已办理。"].Value;
        return RedirectToPage("/Registration/Applications/Details", new { id });
    }

    private async Task LoadAsync(Guid id)
    {
        Header = await ApplicationHeader.LoadAsync(db, access, id);
        Slots = await SlotView.LoadAsync(db, id);
        var application = await ApplicationHeader.FindAsync(access, id);
        Required = StationApplication.RequiredDocuments(application.Kind, application.Particulars, await ApplicationHeader.ChangedStationAsync(access, application.Kind, application.StationId));
    }

    public sealed class SubmitInput
    {
        public uint Version { get; set; }
    }
}
