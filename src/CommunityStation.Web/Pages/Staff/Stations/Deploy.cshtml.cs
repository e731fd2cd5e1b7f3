namespace CommunityStation.Web.Pages.Staff.Stations;

/// <summary>
/// H5: the town moves a staff member to another of its stations: post, station-staff side and contract
/// together (<see cref="Deployment.Carry"/>), keeping the history.
/// </summary>
public sealed class DeployModel(AppDbContext db, PortalClock clock, UserAccess access, IStringLocalizer<SharedResource> localizer) : OpenPostPageModel(db, access)
{
    public Person Person { get; private set; } = null!;

    public IReadOnlyList<StationOption> OtherStations { get; private set; } = [];

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

        var target = await Db.LoadRosterAsync(Station.TenantId, Input.ToStation!.Value);
        await Db.DeployAsync(Roster, target, Item, clock.Today, Access.Actor, null);
        await Db.SaveRostersAsync(Roster, target);
        TempData["Saved"] = localizer["已调配。"].Value;
        return RedirectToPage("Roster", new { id });
    }

    private async Task LoadAsync(Guid id, Guid postId)
    {
        await LoadPostAsync(id, postId);
        Person = await Db.People.FirstAsync(p => p.Id == Item.PersonId);
        var stations = await Access.StationsAsync($"deploy from station {id}");
        OtherStations = await stations.Where(s => s.Id != id && s.TenantId == Station.TenantId && s.Status == StationStatus.Registered)
            .OrderBy(s => s.Name).Select(s => new StationOption(s.Id, s.Name)).ToListAsync();
    }

    public sealed class DeployInput
    {
        public Guid? ToStation { get; set; }
    }
}
