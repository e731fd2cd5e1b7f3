using CommunityStation.Domain.Registration;
using CommunityStation.Domain.Staffing;
using CommunityStation.Infrastructure.Persistence;
using CommunityStation.Web.Infrastructure;
using CommunityStation.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityStation.Web.Pages.Staff.Stations;

/// <summary>H5: the town moves a staff member's post to another of its stations, keeping the history.</summary>
public sealed class DeployModel : PageModel
{
    private readonly AppDbContext _db;
    private readonly PortalClock _clock;
    private readonly UserAccess _access;
    private readonly IStringLocalizer<SharedResource> _l;

    public DeployModel(AppDbContext db, PortalClock clock, UserAccess access, IStringLocalizer<SharedResource> l)
    {
        _db = db;
        _clock = clock;
        _access = access;
        _l = l;
    }

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
            ModelState.AddModelError("Input.ToStation", _l["请选择本镇（街道）的另一个工作站。"]);
            return Page();
        }

        var today = _clock.Today;
        var toStation = Input.ToStation!.Value;
        Roster.EndPost(Item.Id, today);
        var target = await _db.LoadRosterAsync(Station.TenantId, toStation);
        target.AddStaff(Person, Item.FullTime, Item.Duties, today);
        _db.Deployments.Add(new Deployment(Station.TenantId, Guid.CreateVersion7(), Person.Id, id, toStation, today, _access.UserName, null));
        await _db.SaveRostersAsync(Roster, target);
        TempData["Saved"] = _l["已调配。"].Value;
        return RedirectToPage("Roster", new { id });
    }

    private async Task LoadAsync(Guid id, Guid postId)
    {
        Station = await RosterData.StationAsync(_access, _db, id);
        Roster = await _db.LoadRosterAsync(Station.TenantId, id);
        Item = Roster.Current.FirstOrDefault(p => p.Id == postId) ?? throw new RecordNotFoundException("StationPost", postId);
        Person = await _db.People.FirstAsync(p => p.Id == Item.PersonId);
        var stations = await _access.StationsAsync($"deploy from station {id}");
        OtherStations = (await stations.Where(s => s.Id != id && s.TenantId == Station.TenantId && s.Status == StationStatus.Registered)
                .OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync())
            .Select(s => (s.Id, s.Name)).ToList();
    }

    public sealed class DeployInput
    {
        public Guid? ToStation { get; set; }
    }
}
