namespace CommunityStation.Web.Pages.Registration.Applications;

/// <summary>
/// One application: particulars, the R4 document slots, the timeline, and the forms of the one next step
/// the user may take. The forms post to the pages that do that step (RC: Upload, Submit; town: Decide;
/// bureau: Register), which re-render themselves with any refusal next to the field.
/// </summary>
public sealed class DetailsModel(AppDbContext db, UserAccess access, PortalClock clock) : PageModel
{
    public View Item { get; private set; } = null!;

    public IReadOnlyList<SlotView> Slots { get; private set; } = [];

    public IReadOnlyList<ApplicationStep> Timeline { get; private set; } = [];

    /// <summary>R4: the documents this application needs (for a change, only those it touches).</summary>
    public IReadOnlyList<DocumentSlot> Required { get; private set; } = [];

    public bool RevealHead { get; private set; }

    /// <summary>What the embedded action forms post: this application at the version shown.</summary>
    public ActionForm Form => new(Item.Id, Item.Version, clock.Today);

    public bool CanEdit => access.Can(Capability.ApplyForStation) && Item.Status is ApplicationStatus.Draft or ApplicationStatus.ReturnedToRc;

    public bool CanDecideAsTown => access.Can(Capability.DecideAsTown) && Item.Status is ApplicationStatus.SubmittedToTown or ApplicationStatus.ReturnedToTown;

    public bool CanDecideAsBureau => access.Can(Capability.RegisterStations) && Item.Status is ApplicationStatus.AgreedByTown;

    public async Task OnGetAsync(Guid id, string? reveal)
    {
        var visible = await access.ApplicationsAsync($"application {id}");
        Item = await (from a in visible
                      join c in db.Communities on new { a.TenantId, Id = a.CommunityId } equals new { c.TenantId, c.Id }
                      join t in db.Tenants on a.TenantId equals t.Id
                      where a.Id == id
                      select new View(
                          a.Id, a.TenantId, t.Name, c.Name, a.Kind, a.StationName, a.Status, a.Round, a.Created.At, a.Created.By,
                          a.HeadName, a.HeadIdNumber, a.HeadPhone, a.HeadEducation, a.HeadIsSecretaryOrDirector,
                          a.PremisesAddress, a.PremisesAreaSqm, a.PremisesUseRightBasis, a.RegisteredCapital, a.CapitalSource,
                          a.TownOpinion, a.TownOpinionGiven!.By, (DateTimeOffset?)a.TownOpinionGiven!.At, a.LastReturnReason, a.LastActor,
                          a.RegistrationNumber, a.Uscc, a.RegistrationDate, a.StationId, a.Version))
            .AsNoTracking()
            .FirstOrDefaultAsync()
            .OrNotFound(ApplicationHeader.Entity, id);
        Slots = await SlotView.LoadAsync(db, id);
        Required = StationApplication.RequiredDocuments(Item.Kind, Item.Particulars, await ApplicationHeader.ChangedStationAsync(access, Item.Kind, Item.StationId));
        Timeline = await db.ApplicationSteps.Where(s => s.ApplicationId == id).OrderBy(s => s.Sequence).AsNoTracking().ToListAsync();

        // Whole ID numbers only for those who check identity (town, bureau) and the RC that entered them; logged.
        if (reveal == "head")
        {
            RevealHead = true;
            await this.LogPersonalDataViewAsync(ApplicationHeader.Entity, id, Item.TenantId, "proposed head: ID number and phone");
        }
    }

    public sealed record View(
        Guid Id, Guid TenantId, string Tenant, string Community, ApplicationKind Kind, string StationName, ApplicationStatus Status, int Round, DateTimeOffset CreatedAt, string CreatedBy,
        string HeadName, string HeadIdNumber, string HeadPhone, string HeadEducation, bool HeadIsSecretaryOrDirector,
        string PremisesAddress, decimal PremisesAreaSqm, string PremisesUseRightBasis, decimal RegisteredCapital, string CapitalSource,
        string? TownOpinion, string? TownOpinionBy, DateTimeOffset? TownOpinionAt, string? LastReturnReason, string? LastActor,
        string? RegistrationNumber, string? Uscc, DateOnly? RegistrationDate, Guid? StationId, uint Version)
    {
        public ApplicationParticulars Particulars => new(
            HeadName, HeadIdNumber, HeadPhone, HeadEducation, HeadIsSecretaryOrDirector,
            PremisesAddress, PremisesAreaSqm, PremisesUseRightBasis, RegisteredCapital, CapitalSource);

        public ApplicationHeader Header => new(Id, TenantId, Tenant, Community, Kind, StationName, Status, Round, LastReturnReason, LastActor, Version);
    }
}
