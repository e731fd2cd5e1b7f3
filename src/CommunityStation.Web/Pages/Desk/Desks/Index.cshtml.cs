using CommunityStation.Infrastructure.Persistence;
using CommunityStation.Web.Infrastructure.Access;
using CommunityStation.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CommunityStation.Web.Pages.Desk.Desks;

/// <summary>B5: the station's desks, with links to edit them and print their plates.</summary>
public sealed class IndexModel : PageModel
{
    private readonly AppDbContext _db;
    private readonly UserAccess _access;

    public IndexModel(AppDbContext db, UserAccess access)
    {
        _db = db;
        _access = access;
    }

    public OwnStation Desk { get; private set; } = null!;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var desk = await _access.OwnStationAsync();
        if (desk is null)
        {
            return NotFound();
        }

        Desk = desk;
        Rows = (await (await _access.DesksAsync()).Where(d => d.StationId == desk.StationId).OrderBy(d => d.Number).ToListAsync())
            .Select(d => new Row(d.Id, d.Number, d.Name, d.DutyAreaCodes, d.ServiceItemIds.Count, d.IsActive)).ToList();
        return Page();
    }

    public sealed record Row(Guid Id, int Number, string Name, IReadOnlyList<string> Areas, int Items, bool Active);
}
