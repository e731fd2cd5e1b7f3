using CommunityStation.Domain.Registration;
using CommunityStation.Domain.Settings;
using CommunityStation.Domain.Staffing;

namespace CommunityStation.Web.Pages.Staff;

/// <summary>
/// S1, S2, B4 for each community, each town and the city, with the settings in force on the chosen
/// date (default today). Shortfalls are highlighted for the town and the bureau.
/// </summary>
public sealed class RatioModel(AppDbContext db, Infrastructure.Access.UserAccess access, Infrastructure.PortalClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? On { get; set; }

    public IReadOnlyList<(string Tenant, string Community, StaffingRatio Ratio)> Communities { get; private set; } = [];

    public IReadOnlyList<(string Tenant, StaffingRatio Ratio)> Towns { get; private set; } = [];

    public StaffingRatio? City { get; private set; }

    public async Task OnGetAsync()
    {
        var on = On ??= clock.Today;
        await access.ReadAsync("staffing ratio, city-wide");

        var (rows, perWorker, share, tolerance) = await ComputeAsync(db, on);
        Communities = rows;
        Towns = rows.GroupBy(r => r.Tenant).Select(g => (g.Key, StaffingRatio.Sum(g.Select(r => r.Ratio), perWorker, share, tolerance))).ToList();
        if (access.IsCityLevel)
        {
            City = StaffingRatio.Sum(rows.Select(r => r.Ratio), perWorker, share, tolerance);
        }
    }

    /// <summary>S1/S2/B4 for every community the unit of work can see, with the settings in force on <paramref name="on"/>.</summary>
    public static async Task<(List<(string Tenant, string Community, StaffingRatio Ratio)> Rows, decimal PerWorker, decimal Share, decimal Tolerance)> ComputeAsync(AppDbContext db, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(db);
        var settings = new PolicySettingHistory(await db.PolicySettings.ToListAsync());
        var perWorker = settings.ValueOn(PolicySettingKeys.HouseholdsPerWorker, on);
        var share = settings.ValueOn(PolicySettingKeys.RcRetentionShare, on);
        var tolerance = settings.ValueOn(PolicySettingKeys.RcRetentionTolerance, on);
        // A community merged into another on or before the date has no staff of its own to count (S1).
        var communities = await (from c in db.Communities
                                 join t in db.Tenants on c.TenantId equals t.Id
                                 where c.RetiredOn == null || c.RetiredOn > @on
                                 orderby t.Code, c.Name
                                 select new { c.Id, c.TenantId, c.Name, c.Households, Tenant = t.Name }).ToListAsync();
        var sides = await db.WorkforceAssignments.Where(w => w.From <= on && (w.To == null || w.To >= on))
            .Select(w => new { w.CommunityId, w.PersonId, w.Side }).ToListAsync();
        var stations = await db.Stations.Select(s => new { s.Id, s.CommunityId, s.Status }).ToListAsync();
        // B4: a campaign's unfilled vacancies stay reserved after it closes, until filled or cancelled.
        var campaigns = await db.RecruitmentCampaigns.ToListAsync();
        var hired = await db.CampaignApplicants.Where(a => a.HiredAtStation != null).ToListAsync();
        var reservedByStation = campaigns.SelectMany(k => k.ReservedOn(on, hired)).GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.Sum(r => r.Value));

        // A community whose station was deregistered is out of every ratio and roll-up (and its station's reserved posts with it).
        // Looked up by community, not searched per community: a province has 20,000 communities and 200,000 sides.
        var stationsOf = stations.ToLookup(s => s.CommunityId);
        var sidesOf = sides.ToLookup(s => s.CommunityId);
        var rows = communities.Where(c => StaffingRatio.Covers(stationsOf[c.Id].Select(s => s.Status).ToList())).Select(c =>
        {
            var stationIds = stationsOf[c.Id].Where(s => s.Status == StationStatus.Registered).Select(s => s.Id).ToList();
            var reserved = stationIds.Sum(s => reservedByStation.GetValueOrDefault(s));
            var ratio = StaffingRatio.ForCommunity(c.Households, perWorker, sidesOf[c.Id].Select(s => (s.PersonId, s.Side)), share, tolerance, Math.Max(0, reserved));
            return (c.Tenant, c.Name, ratio);
        }).ToList();
        return (rows, perWorker, share, tolerance);
    }
}
