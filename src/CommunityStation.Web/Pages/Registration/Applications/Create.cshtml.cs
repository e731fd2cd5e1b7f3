using Microsoft.AspNetCore.Authorization;

namespace CommunityStation.Web.Pages.Registration.Applications;

/// <summary>R1: the RC officer starts an application for their own community; the name is composed (R5).</summary>
public sealed class CreateModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ApplicationKind Kind { get; set; } = ApplicationKind.Establish;

    [BindProperty]
    public ParticularsInput Input { get; set; } = new();

    public string StationName { get; private set; } = string.Empty;

    public string CommunityName { get; private set; } = string.Empty;

    /// <summary>Why the community cannot start this application, if it cannot (shown instead of the form).</summary>
    public string? Blocked { get; private set; }

    private Guid? _stationId;
    private bool _inProgress;

    public async Task OnGetAsync()
    {
        await LoadAsync();
        if (Kind != ApplicationKind.Establish && _stationId is { } stationId)
        {
            // A change or deregistration starts from the station's current particulars.
            // Head, premises and capital carry over; education, use right and capital source are asked again.
            var s = await db.Stations.AsNoTracking().FirstAsync(x => x.Id == stationId);
            Input = ParticularsInput.From(new ApplicationParticulars(s.HeadName, s.HeadIdNumber ?? string.Empty, s.HeadPhone ?? string.Empty, string.Empty, false, s.PremisesAddress, s.PremisesAreaSqm, string.Empty, s.RegisteredCapital, string.Empty));
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (!ModelState.Validate(new ParticularsValidator(localizer), Input))
        {
            return Page();
        }

        var tenantId = access.TenantId!.Value;
        var communityId = access.CommunityId!.Value;
        var tenantName = await db.Tenants.Where(t => t.Id == tenantId).Select(t => t.Name).FirstAsync();
        var application = StationApplication.Start(
            access.Actor, Guid.CreateVersion7(), tenantId, communityId, tenantName, CommunityName, Kind, _stationId, _inProgress, Input.ToParticulars(), clock.UtcNow);
        db.StationApplications.Add(application);
        await db.SaveChangesAsync();
        TempData["Saved"] = localizer["申请已创建。请上传材料后提交。"].Value;
        return RedirectToPage("/Registration/Applications/Details", new { id = application.Id });
    }

    /// <summary>The officer's own community (one without a community gets the audited 404) and what it may start.</summary>
    private async Task LoadAsync()
    {
        if (access.CommunityId is not { } communityId || access.TenantId is null)
        {
            throw new RecordNotFoundException("Community", access.CommunityId);
        }

        var community = await (from c in db.Communities
                               join t in db.Tenants on c.TenantId equals t.Id
                               where c.Id == communityId
                               select new { c.Name, Tenant = t.Name }).FirstOrDefaultAsync().OrNotFound("Community", communityId);
        CommunityName = community.Name;
        StationName = Domain.Registration.StationName.Compose(community.Tenant, community.Name);
        _stationId = await db.Stations.Where(s => s.CommunityId == communityId && s.Status == StationStatus.Registered).Select(s => (Guid?)s.Id).FirstOrDefaultAsync();
        _inProgress = await db.StationApplications.AnyAsync(a => a.CommunityId == communityId && a.Status != ApplicationStatus.Registered);
        Blocked = _inProgress ? localizer["本社区已有一份正在办理的申请，不能再提出新的申请（规则 R1）。"].Value
            : Kind == ApplicationKind.Establish && _stationId is not null ? localizer["本社区已有登记的社区事务工作站（每个社区至多一个）。"].Value
            : Kind != ApplicationKind.Establish && _stationId is null ? localizer["本社区还没有登记的工作站，不能申请变更或注销。"].Value
            : null;
    }
}
