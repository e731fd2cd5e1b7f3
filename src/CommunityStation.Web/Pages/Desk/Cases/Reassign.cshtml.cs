namespace CommunityStation.Web.Pages.Desk.Cases;

/// <summary>P2: hand a case to another member of the station's staff; it always has one named owner.</summary>
public sealed class ReassignModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> l)
    : CaseActionModel<ReassignModel.ReassignInput>(db, access, clock, l)
{
    public IReadOnlyList<CaseOwner> Colleagues { get; private set; } = [];

    // The colleagues are read by LoadAsync inside ActAsync, before the transition runs.
    public Task<IActionResult> OnPostAsync(Guid id) =>
        ActAsync(id, Input.Version, (c, who, now) => c.Reassign(who, Input.NewOwner, Colleagues, now));

    protected override async Task LoadAsync(Guid id)
    {
        await base.LoadAsync(id);
        Colleagues = await CaseData.ColleaguesAsync(Db, Item.CommunityId);
    }

    public sealed class ReassignInput : IVersionedInput
    {
        public Guid? NewOwner { get; set; }

        public uint Version { get; set; }
    }
}
