namespace CommunityStation.Web.Pages.Desk.Desks;

/// <summary>B5: the station's desks, with links to edit them and print their plates.</summary>
public sealed class IndexModel(UserAccess access) : PageModel
{
    public OwnStation Desk { get; private set; } = null!;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var desk = await access.OwnStationAsync();
        if (desk is null)
        {
            return NotFound();
        }

        Desk = desk;
        Rows = (await (await access.DesksAsync()).Where(d => d.StationId == desk.StationId).OrderBy(d => d.Number).ToListAsync())
            .Select(d => new Row(d.Id, d.Number, d.Name, d.DutyAreaCodes, d.ServiceItemIds.Count, d.IsActive)).ToList();
        return Page();
    }

    public sealed record Row(Guid Id, int Number, string Name, IReadOnlyList<string> Areas, int Items, bool Active);
}
