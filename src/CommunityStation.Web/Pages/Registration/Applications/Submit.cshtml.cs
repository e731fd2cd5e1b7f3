namespace CommunityStation.Web.Pages.Registration.Applications;

/// <summary>The RC submits its application, with the latest version of each R4 document, to the town.</summary>
public sealed class SubmitModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> localizer, Notifier notifier)
    : ApplicationActionModel<SubmitModel.SubmitInput>(db, access, clock, localizer)
{

    public IReadOnlyList<SlotView> Slots { get; private set; } = [];

    /// <summary>R4: the documents this application needs (for a change, only those it touches).</summary>
    public IReadOnlyList<DocumentSlot> Required { get; private set; } = [];

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var application = await ActOnAsync(id);

        // R4: the domain refuses a submission with a document missing and names it; a change is weighed against its station.
        var latest = Slots.Where(s => s.Latest is not null).ToList();
        var current = await ApplicationHeader.ChangedStationAsync(Access, application.Kind, application.StationId);
        application.Submit(Access.Actor, latest.Select(s => s.Slot).ToList(), string.Join("; ", latest.Select(s => $"{DocumentSlots.NameZh(s.Slot)} v{s.Latest!.Version}")), Clock.UtcNow, current);
        await notifier.NotifyAsync(AppRoles.TownOfficial, application.TenantId, null, RecordedText.Notification("待审核", application.StationName, application.Kind), ApplicationHeader.Link(id));
        return await SaveAsync(id);
    }

    protected override async Task LoadAsync(Guid id)
    {
        await base.LoadAsync(id);
        Slots = await SlotView.LoadAsync(Db, id);
        var application = await ApplicationHeader.FindAsync(Access, id);
        Required = StationApplication.RequiredDocuments(application.Kind, application.Particulars, await ApplicationHeader.ChangedStationAsync(Access, application.Kind, application.StationId));
    }

    public sealed class SubmitInput : IVersionedInput
    {
        public uint Version { get; set; }
    }
}
