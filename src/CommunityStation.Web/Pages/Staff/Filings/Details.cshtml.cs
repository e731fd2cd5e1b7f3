namespace CommunityStation.Web.Pages.Staff.Filings;

/// <summary>H6: one filed roster, its difference from the last acknowledged one; the bureau acknowledges or returns it.</summary>
public sealed class DetailsModel(AppDbContext db, PortalClock clock, UserAccess access, Notifier notifier, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public RosterFiling Filing { get; private set; } = null!;

    public string StationName { get; private set; } = string.Empty;

    public IReadOnlyList<string> Added { get; private set; } = [];

    public IReadOnlyList<string> Removed { get; private set; } = [];

    public bool CanDecide => access.Can(Capability.DecideFilings) && Filing.Status == FilingStatus.Filed;

    [BindProperty]
    public DecisionInput Input { get; set; } = new();

    public Task OnGetAsync(Guid id) => LoadAsync(id);

    public Task<IActionResult> OnPostAcknowledgeAsync(Guid id) => DecideAsync(id, (f, who, now) => f.Acknowledge(who, now), "名单已备案");

    public Task<IActionResult> OnPostReturnAsync(Guid id) => DecideAsync(id, (f, who, now) => f.Return(who, Input.Reasons ?? string.Empty, now), "名单备案被退回");

    private async Task<IActionResult> DecideAsync(Guid id, Action<RosterFiling, Actor, DateTimeOffset> decide, string title)
    {
        access.Demand(Capability.DecideFilings);
        await LoadAsync(id);
        await access.ActInTenantAsync(Filing.TenantId);
        var filing = await db.RosterFilings.FirstAsync(f => f.Id == id);
        decide(filing, access.Actor, clock.UtcNow);
        await notifier.NotifyAsync(AppRoles.TownOfficial, filing.TenantId, null, $"{title}：{StationName}", $"/Staff/Filings/Details/{id}");
        await db.SaveChangesAsync();
        TempData["Saved"] = localizer["已办理。"].Value;
        return RedirectToPage(new { id });
    }

    /// <summary>The filing within the user's reach (else an audited 404), its station and its difference from the last acknowledged one.</summary>
    private async Task LoadAsync(Guid id)
    {
        var filing = Filing = await (await access.FilingsAsync($"roster filing {id}")).AsNoTracking().FirstOrDefaultAsync(f => f.Id == id).OrNotFound("RosterFiling", id);
        StationName = await db.Stations.Where(s => s.Id == filing.StationId).Select(s => s.Name).FirstAsync();
        var previous = await db.RosterFilings.Where(f => f.StationId == filing.StationId && f.Status == FilingStatus.Acknowledged && f.Id != id && f.Filed.At < filing.Filed.At)
            .OrderByDescending(f => f.Filed.At).AsNoTracking().FirstOrDefaultAsync();
        (Added, Removed) = RosterFiling.Diff(previous, filing.Lines);
    }

    /// <summary>H6: the reasons a return gives (an acknowledgement needs none).</summary>
    public sealed class DecisionInput
    {
        [MultiLine]
        public string? Reasons { get; set; }
    }
}
