using CommunityStation.Domain.Registration;
using CommunityStation.Domain.ServiceDesk;

namespace CommunityStation.Web.Pages.Visitors;

/// <summary>
/// B6 / M2 / M4: a station's public page, no sign-in, large type: name, address, hours, desks and their
/// services, who is on duty today (name and post only), the posted rules, the rating summary, and that
/// every service is free. No personal data is projected into this page.
/// </summary>
public sealed class StationModel(AppDbContext db, UserAccess access, PortalClock clock) : PageModel
{
    public View Item { get; private set; } = null!;

    public IReadOnlyList<DeskView> Desks { get; private set; } = [];

    public string? Rules { get; private set; }

    public RatingSummary Ratings { get; private set; } = new(0, 0, 0);

    public async Task<IActionResult> OnGetAsync(string tenant, Guid id)
    {
        if (await access.EnterPublicTenantAsync(tenant) is null)
        {
            return NotFound();
        }

        var item = await (from s in db.Stations
                          join p in db.StationProfiles on new { s.TenantId, StationId = s.Id } equals new { p.TenantId, p.StationId } into profiles
                          from p in profiles.DefaultIfEmpty()
                          where s.Id == id && s.Status == StationStatus.Registered
                          select new View(s.Name, s.PremisesAddress, p == null ? null : p.OpeningHours))
            .FirstOrDefaultAsync();
        if (item is null)
        {
            return NotFound();
        }

        Item = item;
        var today = clock.Today.DayOfWeek;
        var english = System.Globalization.CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.Ordinal);
        var items = await db.ServiceItems.Join(db.DutyAreas, i => i.DutyAreaCode, a => a.Code, (i, a) => new { i.Id, Name = english && i.NameEn != "" ? i.NameEn : i.NameZh, a.SortOrder, i.NameZh })
            .OrderBy(x => x.SortOrder).ThenBy(x => x.NameZh).ToListAsync();
        var areas = await db.DutyAreas.Select(a => new { a.Code, Name = english ? a.NameEn : a.NameZh }).ToListAsync();
        var desks = await db.Desks.Where(d => d.StationId == id && d.IsActive).OrderBy(d => d.Number).ToListAsync();
        var duties = await db.DeskDuties.Where(d => d.Day == today).Select(d => new { d.DeskId, d.StaffName, d.Post }).ToListAsync();
        Desks = desks.Select(d => new DeskView(
            d.Number,
            d.DutyAreaCodes.Select(c => $"{c} {areas.FirstOrDefault(a => a.Code == c)?.Name}").ToList(),
            items.Where(i => d.ServiceItemIds.Contains(i.Id)).Select(i => i.Name).ToList(),
            duties.Where(x => x.DeskId == d.Id).Select(x => $"{x.StaffName}（{x.Post}）").ToList())).ToList();
        Rules = await db.StationRuleRevisions.Where(r => r.StationId == id).OrderByDescending(r => r.Revision).Select(r => r.Body).FirstOrDefaultAsync();
        Ratings = RatingSummary.From(await db.Ratings.Where(r => r.StationId == id).Select(r => r.Level).ToListAsync());
        return Page();
    }

    public sealed record View(string Name, string Address, string? OpeningHours);

    public sealed record DeskView(int Number, IReadOnlyList<string> Areas, IReadOnlyList<string> Items, IReadOnlyList<string> OnDuty);
}
