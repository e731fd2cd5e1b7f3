using CommunityStation.Web.Infrastructure.People;

namespace CommunityStation.Web.Pages.Desk.Desks;

/// <summary>
/// B5: a desk plate (台牌) to print, A4 landscape, large type: station, desk number, services, and who serves at it
/// by name and post (挂牌上岗, issue 11 item 4). An account with no person linked prints its account name; the
/// screen warns the head before printing.
/// </summary>
public sealed class PlateModel(AppDbContext db, UserAccess access) : PageModel
{
    public string StationName { get; private set; } = string.Empty;

    public int Number { get; private set; }

    public IReadOnlyList<string> Areas { get; private set; } = [];

    public IReadOnlyList<string> Items { get; private set; } = [];

    /// <summary>The people on the desk's roster, each with the weekdays they serve (Monday first).</summary>
    public IReadOnlyList<(StaffFace Face, IReadOnlyList<DayOfWeek> Days)> OnDuty { get; private set; } = [];

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
        Areas = [.. desk.DutyAreaCodes];
        var english = Labels.English;
        Items = await db.ServiceItems.Where(i => desk.ServiceItemIds.Contains(i.Id)).OrderBy(i => i.DutyAreaCode).Select(i => english && i.NameEn != "" ? i.NameEn : i.NameZh).ToListAsync();
        var duties = await db.DeskDuties.Where(d => d.DeskId == id).Select(d => new { d.Day, d.UserId, d.StaffName }).ToListAsync();
        var faces = await StaffFaces.AtStationAsync(db, context.StationId, duties.Select(d => d.UserId));
        OnDuty = duties.GroupBy(d => d.UserId)
            .Select(g => (faces.GetValueOrDefault(g.Key) ?? StaffFace.Unlinked(g.Key, g.First().StaffName),
                (IReadOnlyList<DayOfWeek>)EditModel.Days.Where(day => g.Any(d => d.Day == day)).ToList()))
            .OrderBy(x => EditModel.Days.ToList().IndexOf(x.Item2[0]))
            .ToList();
        return Page();
    }
}
