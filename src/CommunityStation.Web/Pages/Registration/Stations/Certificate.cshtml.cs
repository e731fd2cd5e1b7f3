namespace CommunityStation.Web.Pages.Registration.Stations;

/// <summary>R3: the printable registration certificate (民办非企业单位登记证书) of a registered station.</summary>
public sealed class CertificateModel(AppDbContext db, UserAccess access) : PageModel
{
    public StationView Item { get; private set; } = null!;

    public async Task OnGetAsync(Guid id) =>
        Item = await StationView.FindAsync(db, await access.StationsAsync($"station certificate {id}"), id).OrNotFound("Station", id);
}
