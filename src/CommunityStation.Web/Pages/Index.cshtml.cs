namespace CommunityStation.Web.Pages;

/// <summary>The signed-in user's start page: who they are, where they work, and where to go.</summary>
public sealed class IndexModel : PageModel
{
    private readonly AppDbContext _db;
    private readonly UserAccess _access;
    private readonly PortalClock _clock;

    public IndexModel(AppDbContext db, UserAccess access, PageCatalog catalog, PortalClock clock)
    {
        _db = db;
        _access = access;
        Catalog = catalog;
        _clock = clock;
    }

    public PageCatalog Catalog { get; }

    public string? Role => _access.Role;

    public string? TenantName { get; private set; }

    public string? CommunityName { get; private set; }

    public IReadOnlyList<string> Roles { get; private set; } = [];

    /// <summary>The town's and the bureau's dashboard: whoever may see the staffing ratio.</summary>
    public bool ShowsDashboard => _access.Can(Capability.Ratio);

    /// <summary>B4/S1 on the town's and the bureau's dashboards: communities below the staffing standard.</summary>
    public IReadOnlyList<(string Tenant, string Community, int Shortfall)> Shortfalls { get; private set; } = [];

    public int FilingsWaiting { get; private set; }

    /// <summary>Null for users who do not manage contracts.</summary>
    public int? ContractsExpiring { get; private set; }

    /// <summary>Whether the user sees applications (town, bureau, RC): their dashboard counts them.</summary>
    public bool ShowsApplications => _access.Can(Capability.Applications);

    /// <summary>Applications waiting for the user's role now (the town's queue, the bureau's, the RC's drafts and returns).</summary>
    public int ApplicationsWaiting { get; private set; }

    /// <summary>Applications in progress elsewhere (waiting for another role).</summary>
    public int ApplicationsInProgress { get; private set; }

    public async Task OnGetAsync()
    {
        Roles = _access.Role is { } role ? [role] : [];
        var today = _clock.Today;

        // Each card's rows as a query (none for a card the user does not see), then every count and name, with the
        // ratio's campaigns, in one statement anchored on the user's own account row (one keyed row, so a collection
        // can ride along): with the settings and the ratio's communities, the dashboard sends three (issue 13).
        var dashboard = ShowsDashboard;
        var filings = _db.RosterFilings.Where(_ => false);
        var contracts = _db.Contracts.Where(_ => false);
        var applications = _db.StationApplications.Where(_ => false);
        var settings = new Domain.Settings.PolicySettingHistory([]);
        if (dashboard)
        {
            await _access.ReadAsync("dashboard: staffing shortfalls and filings");
            settings = new Domain.Settings.PolicySettingHistory(await _db.PolicySettings.ToListAsync());
            filings = (await _access.FilingsAsync()).Where(f => f.Status == Domain.Staffing.FilingStatus.Filed);
            if (_access.Can(Capability.Contracts))
            {
                var until = today.AddDays((int)settings.ValueOn(Domain.Settings.PolicySettingKeys.ContractExpiryWarningDays, today));
                contracts = (await _access.ContractsAsync()).Where(c => c.End >= today && c.End <= until);
            }
        }

        if (ShowsApplications)
        {
            applications = await _access.ApplicationsAsync("dashboard: applications waiting");
        }

        var mine = Domain.Registration.ApplicationTurn.WaitingFor(_access.Actor.Role).ToList();
        var (userId, tenantId) = (_access.UserId, _access.TenantId);
        var communityId = tenantId is null ? null : _access.CommunityId;
        var campaigns = Staff.RatioModel.CampaignsWithHires(_db).Where(_ => dashboard);
        var counts = await _db.Users.Where(u => u.Id == userId).Select(_ => new
        {
            Filings = filings.Count(),
            Contracts = contracts.Count(),
            Waiting = applications.Count(a => mine.Contains(a.Status)),
            InProgress = applications.Count(a => !mine.Contains(a.Status) && a.Status != Domain.Registration.ApplicationStatus.Registered),
            Tenant = _db.Tenants.Where(t => t.Id == tenantId).Select(t => t.Name).FirstOrDefault(),
            Community = _db.Communities.Where(c => c.Id == communityId).Select(c => c.Name).FirstOrDefault(),
            Campaigns = campaigns.ToList(),
        }).FirstOrDefaultAsync();
        if (counts is null)
        {
            return;
        }

        if (dashboard)
        {
            var (rows, _, _, _) = await Staff.RatioModel.ComputeAsync(_db, today, settings, counts.Campaigns);
            Shortfalls = rows.Where(r => r.Ratio.Shortfall > 0).Select(r => (r.Tenant, r.Community, r.Ratio.Shortfall)).ToList();
        }

        FilingsWaiting = counts.Filings;
        ContractsExpiring = dashboard && _access.Can(Capability.Contracts) ? counts.Contracts : null;
        (ApplicationsWaiting, ApplicationsInProgress) = (counts.Waiting, counts.InProgress);
        (TenantName, CommunityName) = (counts.Tenant, counts.Community);
    }
}
