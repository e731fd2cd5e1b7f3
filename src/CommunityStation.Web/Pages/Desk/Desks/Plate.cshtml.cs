namespace CommunityStation.Web.Pages.Desk.Desks;

/// <summary>B5: a desk plate (台牌) to print, A4 landscape, large type: station, desk number, services.</summary>
public sealed class PlateModel(AppDbContext db, UserAccess access) : PageModel
{
    public string StationName { get; private set; } = string.Empty;

    public int Number { get; private set; }

    public IReadOnlyList<string> Areas { get; private set; } = [];

    public IReadOnlyList<string> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var context = await access.OwnStationAsync();
        var desk = context is null ? null : await (await access.DesksAsync()).FirstOrDefaultAsync(d => d.Id == id && d.StationId == context.StationId);
        if (desk is null || context is null)
        {
            return await this.NotFoundAuditedAsync("Desk", id);
        }

        StationName = context.StationName;
        Number = desk.Number;
        var areas = await db.DutyAreas.ToListAsync();
        Areas = desk.DutyAreaCodes.Select(c => areas.First(a => a.Code == c).NameZh).ToList();
        Items = await db.ServiceItems.Where(i => desk.ServiceItemIds.Contains(i.Id)).OrderBy(i => i.DutyAreaCode).Select(i => i.NameZh).ToListAsync();
        return Page();
    }
}
