namespace CommunityStation.Web.Pages.Registration.Stations;

/// <summary>
/// B2: the plaque with the uniform name (R5) in the uniform format, printable on A4 landscape, with the registering
/// authority, its seal area and the registration date at its foot (in Chinese whatever the UI language: it hangs at the door).
/// </summary>
public sealed class PlaqueModel(AppDbContext db, UserAccess access) : PageModel
{
    public StationView Item { get; private set; } = null!;

    public string Issuer => "宜兴市民政局";

    /// <summary>The registration date, "2026年12月8日".</summary>
    public string Date => FormalDate.Chinese(Item.RegistrationDate);

    public async Task OnGetAsync(Guid id) =>
        Item = await StationView.FindAsync(db, await access.StationsAsync($"station plaque {id}"), id).OrNotFound("Station", id);
}
