using CommunityStation.Infrastructure.Persistence;
using CommunityStation.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityStation.Web.Pages.Registration.Stations;

/// <summary>B2: the plaque with the uniform name (R5) in the uniform format, printable.</summary>
public sealed class PlaqueModel : PageModel
{
    private readonly AppDbContext _db;

    public PlaqueModel(AppDbContext db)
    {
        _db = db;
    }

    public StationView Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var item = await StationView.FindAsync(_db, User, id, $"station plaque {id}");
        if (item is null)
        {
            return await this.NotFoundAuditedAsync("Station", id);
        }

        Item = item;
        return Page();
    }
}
