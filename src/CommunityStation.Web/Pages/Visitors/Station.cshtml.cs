using CommunityStation.Domain.Registration;
using CommunityStation.Domain.ServiceDesk;
using CommunityStation.Web.Infrastructure.People;

namespace CommunityStation.Web.Pages.Visitors;

/// <summary>
/// B6 / M2 / M4: a station's public page, no sign-in, large type: name, address (with a map search link), the
/// station's service phone (a <c>tel:</c> link), hours, desks and their services, who is on duty today (the person's
/// name and post, issue 11 item 4), the posted rules, the rating summary, and that every service is free. No personal
/// data is projected into this page: the phone is the station's own, set by the head for publication.
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

        // Three statements (issue 13): the station with its rules and rating counts; its desks with their areas,
        // services and today's duties; the faces of who is on duty.
        var station = await (from s in db.Stations
                             join p in db.StationProfiles on new { s.TenantId, StationId = s.Id } equals new { p.TenantId, p.StationId } into profiles
                             from p in profiles.DefaultIfEmpty()
                             where s.Id == id && s.Status == StationStatus.Registered
                             select new
                             {
                                 View = new View(s.Name, s.PremisesAddress, p == null ? null : p.OpeningHours, p == null ? null : p.Phone),
                                 Rules = db.StationRuleRevisions.Where(r => r.StationId == s.Id).OrderByDescending(r => r.Revision).Select(r => r.Body).FirstOrDefault(),
                                 Satisfied = db.Ratings.Count(r => r.StationId == s.Id && r.Level == RatingLevel.Satisfied),
                                 BasicallySatisfied = db.Ratings.Count(r => r.StationId == s.Id && r.Level == RatingLevel.BasicallySatisfied),
                                 Dissatisfied = db.Ratings.Count(r => r.StationId == s.Id && r.Level == RatingLevel.Dissatisfied),
                             })
            .FirstOrDefaultAsync();
        if (station is null)
        {
            return NotFound();
        }

        Item = station.View;
        Rules = station.Rules;
        Ratings = new RatingSummary(station.Satisfied, station.BasicallySatisfied, station.Dissatisfied);
        var today = clock.Today.DayOfWeek;
        var english = System.Globalization.CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.Ordinal);
        var desks = await db.Desks.Where(d => d.StationId == id && d.IsActive).OrderBy(d => d.Number).Select(d => new
        {
            d.Number,
            d.DutyAreaCodes,
            Areas = db.DutyAreas.Where(a => d.DutyAreaCodes.Contains(a.Code)).Select(a => new { a.Code, Name = english ? a.NameEn : a.NameZh }).ToList(),
            Items = (from i in db.ServiceItems
                     join a in db.DutyAreas on i.DutyAreaCode equals a.Code
                     where d.ServiceItemIds.Contains(i.Id)
                     orderby a.SortOrder, i.NameZh
                     select english && i.NameEn != "" ? i.NameEn : i.NameZh).ToList(),
            Duties = db.DeskDuties.Where(x => x.TenantId == d.TenantId && x.DeskId == d.Id && x.Day == today).Select(x => new { x.UserId, x.StaffName }).ToList(),
        }).ToListAsync();
        var faces = await StaffFaces.AtStationAsync(db, id, desks.SelectMany(d => d.Duties).Select(d => d.UserId));
        Desks = desks.Select(d => new DeskView(
            d.Number,
            d.DutyAreaCodes.Select(c => d.Areas.FirstOrDefault(a => a.Code == c)?.Name ?? c).ToList(),
            d.Items,
            d.Duties.Select(x => faces.GetValueOrDefault(x.UserId) ?? StaffFace.Unlinked(x.UserId, x.StaffName)).ToList())).ToList();
        return Page();
    }

    /// <summary>A plain link to a map search for the address (no embedded map, no script).</summary>
    public string MapUrl => "https://uri.amap.com/search?keyword=" + Uri.EscapeDataString(Item.Name + " " + Item.Address);

    /// <summary>
    /// The <c>tel:</c> address (RFC 3966) of a stored number: mobile "13912345678" → "tel:+86-13912345678", landline
    /// "0510-87654321[-123]" → "tel:+86-510-87654321[;ext=123]" (the trunk 0 dropped after the country code).
    /// </summary>
    public static string Dial(string phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        var parts = phone.Split('-');
        return parts.Length == 1
            ? "tel:+86-" + parts[0]
            : "tel:+86-" + parts[0].TrimStart('0') + "-" + parts[1] + (parts.Length > 2 ? ";ext=" + parts[2] : string.Empty);
    }

    public sealed record View(string Name, string Address, string? OpeningHours, string? Phone);

    public sealed record DeskView(int Number, IReadOnlyList<string> Areas, IReadOnlyList<string> Items, IReadOnlyList<StaffFace> OnDuty);
}
