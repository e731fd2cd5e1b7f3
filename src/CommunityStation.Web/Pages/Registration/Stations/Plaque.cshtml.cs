using CommunityStation.Infrastructure.Persistence;
using CommunityStation.Web.Infrastructure.Access;
using CommunityStation.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

namespace CommunityStation.Web.Pages.Registration.Stations;

/// <summary>B2: the plaque with the uniform name (R5) in the uniform format, printable.</summary>
public sealed class PlaqueModel : PageModel
{
    private readonly AppDbContext _db;
    private readonly UserAccess _access;

    public PlaqueModel(AppDbContext db, UserAccess access)
    {
        _db = db;
        _access = access;
    }

    public StationView Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var item = await StationView.FindAsync(_db, await _access.StationsAsync($"station plaque {id}"), id);
        if (item is null)
        {
            return await this.NotFoundAuditedAsync("Station", id);
        }

        Item = item;
        return Page();
    }
}
