using CommunityStation.Web.Infrastructure.People;

namespace CommunityStation.Web.Pages.Desk.Desks;

/// <summary>
/// B5: the station's desks and their weekly duty roster, by the people behind the accounts (issue 11 item 4): an
/// account with no person linked says so, with a link to the page that links them.
/// </summary>
public sealed class IndexModel(AppDbContext db, UserAccess access) : PageModel
{
    public OwnStation Desk { get; private set; } = null!;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>Who is on duty at each desk on each weekday.</summary>
    public IReadOnlyDictionary<(Guid Desk, DayOfWeek Day), StaffFace> Duty { get; private set; } = new Dictionary<(Guid, DayOfWeek), StaffFace>();

    /// <summary>Accounts on the roster with no person linked.</summary>
    public int Unlinked { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var desk = await access.OwnStationAsync();
        if (desk is null)
        {
            return NotFound();
        }

        Desk = desk;
        // The desks with their duties in one statement, the faces behind the duties in another.
        var desks = await (await access.DesksAsync()).Where(d => d.StationId == desk.StationId).OrderBy(d => d.Number)
            .Select(d => new
            {
                d.Id,
                d.Number,
                d.Name,
                d.DutyAreaCodes,
                Items = d.ServiceItemIds.Count,
                d.IsActive,
                Duties = db.DeskDuties.Where(x => x.TenantId == d.TenantId && x.DeskId == d.Id).Select(x => new { x.DeskId, x.Day, x.UserId, x.StaffName }).ToList(),
            })
            .ToListAsync();
        Rows = desks.Select(d => new Row(d.Id, d.Number, d.Name, d.DutyAreaCodes, d.Items, d.IsActive)).ToList();
        var duties = desks.SelectMany(d => d.Duties).ToList();
        var faces = await StaffFaces.AtStationAsync(db, desk.StationId, duties.Select(d => d.UserId));
        Duty = duties.ToDictionary(d => (d.DeskId, d.Day), d => faces.GetValueOrDefault(d.UserId) ?? StaffFace.Unlinked(d.UserId, d.StaffName));
        Unlinked = Duty.Values.Where(f => !f.IsLinked).Select(f => f.UserId).Distinct().Count();
        return Page();
    }

    public sealed record Row(Guid Id, int Number, string Name, IReadOnlyList<string> Areas, int Items, bool Active);
}
