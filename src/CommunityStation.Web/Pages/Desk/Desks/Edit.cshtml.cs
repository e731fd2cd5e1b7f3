using CommunityStation.Domain.Duties;
using CommunityStation.Web.Infrastructure.People;
using Microsoft.AspNetCore.Authorization;

namespace CommunityStation.Web.Pages.Desk.Desks;

/// <summary>B5: the head defines a desk: number, duty areas and items, and who is on duty each weekday.</summary>
[Authorize(Roles = AppRoles.StationHead)]
public sealed class EditModel(AppDbContext db, UserAccess access, IStringLocalizer<SharedResource> l) : PageModel
{
    private static readonly DayOfWeek[] Week = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    [BindProperty]
    public DeskInput Input { get; set; } = new();

    public OwnStation Desk { get; private set; } = null!;

    public IReadOnlyList<AreaOption> Areas { get; private set; } = [];

    /// <summary>The station's accounts, by the person behind each (issue 11 item 4).</summary>
    public IReadOnlyList<StaffFace> Staff { get; private set; } = [];

    public static IReadOnlyList<DayOfWeek> Days => Week;

    public async Task OnGetAsync(Guid? id)
    {
        await LoadAsync();
        if (id is { } deskId)
        {
            var desk = await (await access.DesksAsync()).Where(d => d.Id == deskId && d.StationId == Desk.StationId)
                .Select(d => new { d.Number, d.Name, d.DutyAreaCodes, d.ServiceItemIds, d.IsActive, Duties = db.DeskDuties.Where(x => x.TenantId == d.TenantId && x.DeskId == d.Id).Select(x => new { x.Day, x.UserId }).ToList() })
                .FirstOrDefaultAsync().OrNotFound("Desk", deskId);
            Input = new DeskInput
            {
                Number = desk.Number,
                Name = desk.Name,
                Areas = [.. desk.DutyAreaCodes],
                Items = [.. desk.ServiceItemIds],
                Active = desk.IsActive,
                Duty = Week.Select(day => desk.Duties.FirstOrDefault(x => x.Day == day)?.UserId).ToList(),
            };
        }
        else
        {
            Input.Number = (await (await access.DesksAsync()).Where(d => d.StationId == Desk.StationId).MaxAsync(d => (int?)d.Number) ?? 0) + 1;
        }
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        await LoadAsync();
        StationDesk? desk = null;
        if (id is { } deskId)
        {
            desk = await (await access.DesksAsync()).FirstOrDefaultAsync(d => d.Id == deskId && d.StationId == Desk.StationId).OrNotFound("Desk", deskId);
        }

        if (Input.Number is null)
        {
            ModelState.AddModelError("Input.Number", l["请填写服务台编号。"]);
            return Page();
        }

        if (await (await access.DesksAsync()).AnyAsync(d => d.StationId == Desk.StationId && d.Number == Input.Number && d.Id != id))
        {
            ModelState.AddModelError("Input.Number", l["本站已有该编号的服务台。"]);
            return Page();
        }

        var areas = Input.Areas.Where(a => DutyArea.Codes.Contains(a)).ToList();
        var items = Input.Items.Where(i => Areas.Any(a => areas.Contains(a.Code) && a.Items.Any(x => x.Id == i))).ToList();
        var tenantId = access.TenantId!.Value;
        if (desk is null)
        {
            desk = new StationDesk(tenantId, Guid.CreateVersion7(), Desk.StationId, Input.Number.Value, Input.Name ?? string.Empty, areas, items);
            db.Desks.Add(desk);
        }
        else
        {
            desk.Update(Input.Number.Value, Input.Name ?? string.Empty, areas, items, Input.Active);
            db.DeskDuties.RemoveRange(await db.DeskDuties.Where(d => d.DeskId == desk.Id).ToListAsync());
        }

        for (var i = 0; i < Week.Length && i < Input.Duty.Count; i++)
        {
            // The name and post are kept as they stand today; what is shown is read from the linked person each time.
            if (Input.Duty[i] is { } userId && Staff.FirstOrDefault(s => s.UserId == userId) is { } person)
            {
                db.DeskDuties.Add(new CommunityStation.Domain.ServiceDesk.DeskDuty(tenantId, Guid.CreateVersion7(), desk.Id, Week[i], userId, person.Name, person.PostZh ?? "工作人员"));
            }
        }

        await db.SaveChangesAsync();
        TempData["Saved"] = l["已保存。"].Value;
        return RedirectToPage("/Desk/Desks/Index");
    }

    /// <summary>The head's own station (a user without one gets the audited 404), its duty areas with their items, and its staff.</summary>
    private async Task LoadAsync()
    {
        Desk = await access.OwnStationAsync().OrNotFound("Station", null);
        var areas = await db.DutyAreas.OrderBy(a => a.SortOrder).Select(a => new
        {
            a.Code,
            a.NameZh,
            Items = db.ServiceItems.Where(i => i.IsActive && i.DutyAreaCode == a.Code).OrderBy(i => i.NameZh).Select(i => new { i.Id, i.NameZh }).ToList(),
        }).ToListAsync();
        Areas = areas.Select(a => new AreaOption(a.Code, a.NameZh, a.Items.Select(i => new NamedOption(i.Id, i.NameZh)).ToList())).ToList();
        var communityId = access.CommunityId;
        var accounts = db.Users.Where(u => u.CommunityId == communityId && !u.IsDisabled);
        Staff = (await StaffFaces.AtStationAsync(db, Desk.StationId, accounts)).Values.OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>A duty area and the active service items in it.</summary>
    public sealed record AreaOption(string Code, string Name, IReadOnlyList<NamedOption> Items);

    /// <summary>A service item or a staff member offered as a choice.</summary>
    public sealed record NamedOption(Guid Id, string Name);

    public sealed class DeskInput
    {
        public int? Number { get; set; }

        public string? Name { get; set; }

        public List<string> Areas { get; set; } = [];

        public List<Guid> Items { get; set; } = [];

        public bool Active { get; set; } = true;

        public List<Guid?> Duty { get; set; } = [];
    }
}
