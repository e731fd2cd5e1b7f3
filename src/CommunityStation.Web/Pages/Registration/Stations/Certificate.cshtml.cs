namespace CommunityStation.Web.Pages.Registration.Stations;

/// <summary>
/// R3: the printable registration certificate (民办非企业单位登记证书) of a registered station, laid out as a formal
/// print (GB/T 9704: the bureau as issuer with the seal area, the date in Chinese, or English in English mode). Its
/// 业务范围 is the station's duties, the ten duty areas D1–D10 of section 三, by name.
/// </summary>
public sealed class CertificateModel(AppDbContext db, UserAccess access) : PageModel
{
    public StationView Item { get; private set; } = null!;

    /// <summary>业务范围: the duty areas' names in the user's language, in their order.</summary>
    public IReadOnlyList<string> Scope { get; private set; } = [];

    public async Task OnGetAsync(Guid id)
    {
        Item = await StationView.FindAsync(db, await access.StationsAsync($"station certificate {id}"), id).OrNotFound("Station", id);
        var english = CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.Ordinal);
        Scope = await db.DutyAreas.OrderBy(a => a.SortOrder).Select(a => english ? a.NameEn : a.NameZh).ToListAsync();
    }
}
