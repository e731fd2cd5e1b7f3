using CommunityStation.Domain.Registration;
using CommunityStation.Domain.Staffing;

namespace CommunityStation.Web.Pages.Staff.Stations;

/// <summary>
/// H5: the town moves a staff member to another of its stations: post, station-staff side and contract
/// together (<see cref="Deployment.Carry"/>), keeping the history.
/// </summary>
public sealed class DeployModel(AppDbContext db, PortalClock clock, UserAccess access, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public StationInfo Station { get; private set; } = null!;

    public StationRoster Roster { get; private set; } = null!;

    public StationPost Item { get; private set; } = null!;

    public Person Person { get; private set; } = null!;

    public IReadOnlyList<(Guid Id, string Name)> OtherStations { get; private set; } = [];

    [BindProperty]
    public DeployInput Input { get; set; } = new();

    public Task OnGetAsync(Guid id, Guid postId) => LoadAsync(id, postId);

    public async Task<IActionResult> OnPostAsync(Guid id, Guid postId)
    {
        await LoadAsync(id, postId);
        if (OtherStations.All(s => s.Id != Input.ToStation))
        {
            ModelState.AddModelError("Input.ToStation", localizer["请选择本镇（街道）的另一个工作站。"]);
            return Page();
        }

        var target = await db.LoadRosterAsync(Station.TenantId, Input.ToStation!.Value);
        await db.DeployAsync(Roster, target, Item, clock.Today, access.Actor, null);
        await db.SaveRostersAsync(Roster, target);
        TempData["Saved"] = localizer["已调配。"].Value;
        return RedirectToPage("Roster", new { id });
    }

    private async Task LoadAsync(Guid id, Guid postId)
    {
        Station = await RosterData.StationAsync(access, db, id);
        Roster = await db.LoadRosterAsync(Station.TenantId, id);
        Item = Roster.Current.FirstOrDefault(p => p.Id == postId) ?? throw new RecordNotFoundException("StationPost", postId);
        Person = await db.People.FirstAsync(p => p.Id == Item.PersonId);
        var stations = await access.StationsAsync($"deploy from station {id}");
        OtherStations = (await stations.Where(s => s.Id != id && s.TenantId == Station.TenantId && s.Status == StationStatus.Registered)
                .OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync())
            .Select(s => (s.Id, s.Name)).ToList();
    }

    public sealed class DeployInput
    {
        public Guid? ToStation { get; set; }
    }
}
