using CommunityStation.Domain.ServiceDesk;

namespace CommunityStation.Web.Pages.Desk.Cases;

/// <summary>P2: hand a case to another member of the station's staff; it always has one named owner.</summary>
public sealed class ReassignModel : CaseActionModel
{
    public ReassignModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> l)
        : base(db, access, clock, l)
    {
    }

    public IReadOnlyList<CaseOwner> Colleagues { get; private set; } = [];

    [BindProperty]
    public ReassignInput Input { get; set; } = new();

    public async Task OnGetAsync(Guid id)
    {
        await LoadColleaguesAsync(id);
        Input.Version = Item.Version;
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        await LoadColleaguesAsync(id);
        return await ActAsync(id, Input.Version, (c, who, now) => c.Reassign(who, Input.NewOwner, Colleagues, now));
    }

    private async Task LoadColleaguesAsync(Guid id)
    {
        await LoadAsync(id);
        Colleagues = await CaseData.ColleaguesAsync(Db, Item.CommunityId);
    }

    public sealed class ReassignInput
    {
        public Guid? NewOwner { get; set; }

        public uint Version { get; set; }
    }
}
