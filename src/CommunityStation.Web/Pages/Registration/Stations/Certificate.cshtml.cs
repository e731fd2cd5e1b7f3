using CommunityStation.Infrastructure.Persistence;
using CommunityStation.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityStation.Web.Pages.Registration.Stations;

/// <summary>R3: the printable registration certificate (民办非企业单位登记证书) of a registered station.</summary>
public sealed class CertificateModel : PageModel
{
    private readonly AppDbContext _db;

    public CertificateModel(AppDbContext db)
    {
        _db = db;
    }

    public StationView Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var item = await StationView.FindAsync(_db, User, id, $"station certificate {id}");
        if (item is null)
        {
            return await this.NotFoundAuditedAsync("Station", id);
        }

        Item = item;
        return Page();
    }
}
