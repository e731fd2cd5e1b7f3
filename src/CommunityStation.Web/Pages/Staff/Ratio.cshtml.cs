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
        return await ComputeAsync(db, on, settings, await CampaignsWithHires(db).ToListAsync());
    }

    /// <summary>
    /// B4: every campaign with its hires, as a query, so the dashboard can read it in a statement it sends anyway.
    /// A campaign's unfilled vacancies stay reserved after it closes, until filled or cancelled.
    /// </summary>
    public static IQueryable<CampaignHires> CampaignsWithHires(AppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.RecruitmentCampaigns.Select(k => new CampaignHires
        {
            Campaign = k,
            Hired = db.CampaignApplicants.Where(a => a.TenantId == k.TenantId && a.CampaignId == k.Id && a.HiredAtStation != null).ToList(),
        });
    }

    /// <summary>
    /// The same with the settings and campaigns already read, in one statement of its own (issue 13): the communities
    /// with their stations and their sides on the date.
    /// </summary>
    public static async Task<(List<(string Tenant, string Community, StaffingRatio Ratio)> Rows, decimal PerWorker, decimal Share, decimal Tolerance)> ComputeAsync(
        AppDbContext db, DateOnly on, PolicySettingHistory settings, IReadOnlyList<CampaignHires> campaigns)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(campaigns);
        var perWorker = settings.ValueOn(PolicySettingKeys.HouseholdsPerWorker, on);
        var share = settings.ValueOn(PolicySettingKeys.RcRetentionShare, on);
        var tolerance = settings.ValueOn(PolicySettingKeys.RcRetentionTolerance, on);
        var reservedByStation = campaigns.SelectMany(k => k.Campaign.ReservedOn(on, k.Hired)).GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.Sum(r => r.Value));

        // A community merged into another on or before the date has no staff of its own to count (S1).
        var communities = await (from c in db.Communities
                                 join t in db.Tenants on c.TenantId equals t.Id
                                 where c.RetiredOn == null || c.RetiredOn > @on
                                 orderby t.Code, c.Name
                                 select new
                                 {
                                     c.Id,
                                     c.Name,
                                     c.Households,
                                     Tenant = t.Name,
                                     Stations = db.Stations.Where(s => s.TenantId == c.TenantId && s.CommunityId == c.Id).Select(s => new { s.Id, s.Status }).ToList(),
                                     Sides = db.WorkforceAssignments.Where(w => w.TenantId == c.TenantId && w.CommunityId == c.Id && w.From <= @on && (w.To == null || w.To >= @on))
                                         .Select(w => new { w.PersonId, w.Side }).ToList(),
                                 }).ToListAsync();
        // A community whose station was deregistered is out of every ratio and roll-up (and its station's reserved posts with it).
        var rows = communities.Where(c => StaffingRatio.Covers(c.Stations.Select(s => s.Status).ToList())).Select(c =>
        {
            var reserved = c.Stations.Where(s => s.Status == StationStatus.Registered).Sum(s => reservedByStation.GetValueOrDefault(s.Id));
            var ratio = StaffingRatio.ForCommunity(c.Households, perWorker, c.Sides.Select(s => (s.PersonId, s.Side)), share, tolerance, Math.Max(0, reserved));
            return (c.Tenant, c.Name, ratio);
        }).ToList();
        return (rows, perWorker, share, tolerance);
    }

    /// <summary>A campaign and the applicants it hired (member-initialised, so EF can read it inside another statement).</summary>
    public sealed class CampaignHires
    {
        public required RecruitmentCampaign Campaign { get; init; }

        public required List<CampaignApplicant> Hired { get; init; }
    }
}
