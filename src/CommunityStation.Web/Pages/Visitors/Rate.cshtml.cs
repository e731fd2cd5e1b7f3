using CommunityStation.Domain.Common;
using CommunityStation.Domain.ServiceDesk;
using CommunityStation.Infrastructure.Persistence;
using CommunityStation.Web.Infrastructure.Access;
using CommunityStation.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityStation.Web.Pages.Visitors;

/// <summary>
/// M2: the resident rates a completed case from the receipt's QR code or short link, without signing in.
/// The token (192 random bits, stored only as its hash) is checked for match, expiry and single use.
/// </summary>
public sealed class RateModel : PageModel
{
    private readonly AppDbContext _db;
    private readonly UserAccess _access;
    private readonly PortalClock _clock;
    private readonly IStringLocalizer<SharedResource> _l;

    public RateModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> l)
    {
        _db = db;
        _access = access;
        _clock = clock;
        _l = l;
    }

    [BindProperty]
    public RatingLevel? Level { get; set; }

    [BindProperty]
    [MultiLine]
    public string? Comment { get; set; }

    public string? StationName { get; private set; }

    public string? Item { get; private set; }

    public string? Problem { get; private set; }

    public bool Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string tenant, string token)
    {
        var found = await FindAsync(tenant, token);
        if (found is null)
        {
            return NotFound();
        }

        Check(found);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string tenant, string token)
    {
        var found = await FindAsync(tenant, token);
        if (found is null)
        {
            return NotFound();
        }

        if (Level is null || !Enum.IsDefined(Level.Value))
        {
            ModelState.AddModelError(nameof(Level), _l["请选择满意程度。"]);
            Check(found);
            return Page();
        }

        try
        {
            var rating = found.Rate(token, Level.Value, Comment, _clock.UtcNow);
            _db.Ratings.Add(rating);
            await _db.SaveChangesAsync();
        }
        catch (DomainException refused)
        {
            Problem = _l.Describe(refused, withRule: false);
            return Page();
        }
        catch (DbUpdateException)
        {
            Problem = _l["该事项已经评价过，每件事只能评价一次。"];
            return Page();
        }

        Done = true;
        return Page();
    }

    private void Check(ServiceCase found)
    {
        Problem = found.RatedAt is not null ? _l["该事项已经评价过，每件事只能评价一次。"].Value
            : _clock.UtcNow > found.RatingTokenExpiresAt ? _l["评价链接已过期。"].Value
            : found.Status != CaseStatus.Completed ? _l["事项办结后才能评价。"].Value
            : null;
    }

    private async Task<ServiceCase?> FindAsync(string tenant, string token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 64 || await _access.EnterPublicTenantAsync(tenant) is null)
        {
            return null;
        }

        var hash = ServiceCase.HashToken(token);
        var found = await _db.ServiceCases.FirstOrDefaultAsync(c => c.RatingTokenHash == hash);
        if (found is not null)
        {
            StationName = await _db.Stations.Where(s => s.Id == found.StationId).Select(s => s.Name).FirstAsync();
            Item = await _db.ServiceItems.Where(i => i.Id == found.ServiceItemId).Select(i => i.NameZh).FirstAsync();
        }

        return found;
    }
}
