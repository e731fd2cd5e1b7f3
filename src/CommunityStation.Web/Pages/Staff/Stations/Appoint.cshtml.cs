using CommunityStation.Domain.Staffing;

namespace CommunityStation.Web.Pages.Staff.Stations;

/// <summary>
/// Appoints the head (S3: in principle the party secretary or RC director serving concurrently, so full-
/// or part-time; anyone else with a reason, audited with the change), the full-time deputy (S4) or
/// another staff member (S5) at a station. The rules are the roster's (<see cref="StationRoster"/>).
/// </summary>
public sealed class AppointModel(AppDbContext db, PortalClock clock, UserAccess access, IStringLocalizer<SharedResource> l) : PageModel
{
    public StationInfo Station { get; private set; } = null!;

    public IReadOnlyList<(Guid Id, string Name)> People { get; private set; } = [];

    [BindProperty]
    public PostInput Input { get; set; } = new();

    public Task OnGetAsync(Guid id) => LoadAsync(id);

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        await LoadAsync(id);
        var person = Input.PersonId is { } pid ? await (await access.PeopleAsync()).FirstOrDefaultAsync(p => p.Id == pid) : null;
        if (person is null)
        {
            ModelState.AddModelError("Input.PersonId", l["请选择人员。"]);
            return Page();
        }

        var roster = await db.LoadRosterAsync(Station.TenantId, id);
        var today = clock.Today;
        switch (Input.Kind)
        {
            case PostKind.Head:
                roster.AppointHead(person, Input.FullTime, Input.Duties, today, Input.Reason);
                break;
            case PostKind.Deputy:
                roster.AppointDeputy(person, Input.FullTime, Input.Duties, today);
                break;
            default:
                roster.AddStaff(person, Input.FullTime, Input.Duties, today);
                break;
        }

        await db.SaveRostersAsync(roster);
        TempData["Saved"] = l["已保存。"].Value;
        return RedirectToPage("Roster", new { id });
    }

    private async Task LoadAsync(Guid id)
    {
        Station = await RosterData.StationAsync(access, db, id);
        People = (await (await access.PeopleAsync("appoint to a post")).OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync())
            .Select(p => (p.Id, p.Name)).ToList();
    }

    public sealed class PostInput
    {
        public Guid? PersonId { get; set; }

        /// <summary>Which post: the head (S3), the deputy (S4) or staff (S5); the form's buttons set it.</summary>
        public PostKind Kind { get; set; } = PostKind.Staff;

        public bool FullTime { get; set; } = true;

        public List<string> Duties { get; set; } = [];

        public string? Reason { get; set; }
    }
}
