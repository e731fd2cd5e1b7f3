using CommunityStation.Infrastructure.Identity;
using CommunityStation.Infrastructure.Persistence;
using CommunityStation.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommunityStation.Web.Pages;

/// <summary>The signed-in user's start page: who they are, where they work, and where to go.</summary>
public sealed class IndexModel : PageModel
{
    private readonly AppDbContext _db;

    public IndexModel(AppDbContext db)
    {
        _db = db;
    }

    public string? TenantName { get; private set; }

    public string? CommunityName { get; private set; }

    public IReadOnlyList<string> Roles { get; private set; } = [];

    /// <summary>B4/S1 on the town's and the bureau's dashboards: communities below the staffing standard.</summary>
    public IReadOnlyList<(string Tenant, string Community, int Shortfall)> Shortfalls { get; private set; } = [];

    public int FilingsWaiting { get; private set; }

    public int ContractsExpiring { get; private set; }

    public async Task OnGetAsync()
    {
        Roles = AppRoles.All.Where(User.IsInRole).ToList();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        if (User.IsInRole(AppRoles.TownOfficial) || User.IsInRole(AppRoles.Bureau))
        {
            if (User.IsInRole(AppRoles.Bureau))
            {
                await _db.EnterCityReadModeAsync("dashboard: staffing shortfalls and filings");
            }

            var (rows, _, _, _) = await Staff.RatioModel.ComputeAsync(_db, today);
            Shortfalls = rows.Where(r => r.Ratio.Shortfall > 0).Select(r => (r.Tenant, r.Community, r.Ratio.Shortfall)).ToList();
            FilingsWaiting = await _db.RosterFilings.CountAsync(f => f.Status == Domain.Staffing.FilingStatus.Filed);
            var warnDays = (int)new Domain.Settings.PolicySettingHistory(await _db.PolicySettings.ToListAsync()).ValueOn(Domain.Settings.PolicySettingKeys.ContractExpiryWarningDays, today);
            ContractsExpiring = await _db.Contracts.CountAsync(c => c.End >= today && c.End <= today.AddDays(warnDays));
        }

        if (User.TenantId() is { } tenantId)
        {
            TenantName = await _db.Tenants.Where(t => t.Id == tenantId).Select(t => t.Name).FirstOrDefaultAsync();
            if (User.CommunityId() is { } communityId)
            {
                CommunityName = await _db.Communities.Where(c => c.Id == communityId).Select(c => c.Name).FirstOrDefaultAsync();
            }
        }
    }
}
