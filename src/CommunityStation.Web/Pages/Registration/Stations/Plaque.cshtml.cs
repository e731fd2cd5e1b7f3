namespace CommunityStation.Web.Pages.Registration.Stations;

/// <summary>B2: the plaque with the uniform name (R5) in the uniform format, printable.</summary>
public sealed class PlaqueModel(AppDbContext db, UserAccess access) : PageModel
{
    public StationView Item { get; private set; } = null!;

    public async Task OnGetAsync(Guid id) =>
        Item = await StationView.FindAsync(db, await access.StationsAsync($"station plaque {id}"), id).OrNotFound("Station", id);
}
