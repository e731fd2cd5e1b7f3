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
        if (ShowsDashboard)
        {
            await _access.ReadAsync("dashboard: staffing shortfalls and filings");
            var (rows, _, _, _) = await Staff.RatioModel.ComputeAsync(_db, today);
            Shortfalls = rows.Where(r => r.Ratio.Shortfall > 0).Select(r => (r.Tenant, r.Community, r.Ratio.Shortfall)).ToList();
            FilingsWaiting = await (await _access.FilingsAsync()).CountAsync(f => f.Status == Domain.Staffing.FilingStatus.Filed);
            if (_access.Can(Capability.Contracts))
            {
                var warnDays = (int)new Domain.Settings.PolicySettingHistory(await _db.PolicySettings.ToListAsync()).ValueOn(Domain.Settings.PolicySettingKeys.ContractExpiryWarningDays, today);
                ContractsExpiring = await (await _access.ContractsAsync()).CountAsync(c => c.End >= today && c.End <= today.AddDays(warnDays));
            }
        }

        if (ShowsApplications)
        {
            // One grouped query for every card, not one query per card.
            var byStatus = await (await _access.ApplicationsAsync("dashboard: applications waiting"))
                .GroupBy(a => a.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync();
            var mine = Domain.Registration.ApplicationTurn.WaitingFor(_access.Actor.Role);
            ApplicationsWaiting = byStatus.Where(g => mine.Contains(g.Status)).Sum(g => g.Count);
            ApplicationsInProgress = byStatus.Where(g => !mine.Contains(g.Status) && g.Status != Domain.Registration.ApplicationStatus.Registered).Sum(g => g.Count);
        }

        if (_access.TenantId is { } tenantId)
        {
            TenantName = await _db.Tenants.Where(t => t.Id == tenantId).Select(t => t.Name).FirstOrDefaultAsync();
            if (_access.CommunityId is { } communityId)
            {
                CommunityName = await _db.Communities.Where(c => c.Id == communityId).Select(c => c.Name).FirstOrDefaultAsync();
            }
        }
    }
}
