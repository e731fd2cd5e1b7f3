using CommunityStation.Infrastructure.Persistence;
using CommunityStation.Web.Infrastructure.Access;
using CommunityStation.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

namespace CommunityStation.Web.Pages.Registration.Stations;

/// <summary>R3: the printable registration certificate (民办非企业单位登记证书) of a registered station.</summary>
public sealed class CertificateModel : PageModel
{
    private readonly AppDbContext _db;
    private readonly UserAccess _access;

    public CertificateModel(AppDbContext db, UserAccess access)
    {
        _db = db;
        _access = access;
    }

    public StationView Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var item = await StationView.FindAsync(_db, await _access.StationsAsync($"station certificate {id}"), id);
        if (item is null)
        {
            return await this.NotFoundAuditedAsync("Station", id);
        }

        Item = item;
        return Page();
    }
}
