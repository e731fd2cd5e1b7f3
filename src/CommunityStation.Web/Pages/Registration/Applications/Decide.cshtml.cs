namespace CommunityStation.Web.Pages.Registration.Applications;

/// <summary>
/// R2: the town agrees with a written opinion (the application goes to the bureau) or returns it to the
/// RC with reasons. Two officials acting at once: exactly one decision stands (optimistic concurrency).
/// </summary>
public sealed class DecideModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> localizer, Notifier notifier) : PageModel
{
    [BindProperty]
    public DecideInput Input { get; set; } = new();

    public ApplicationHeader Header { get; private set; } = null!;

    public ActionForm Form => new(Header.Id, Input.Version, clock.Today);

    public async Task OnGetAsync(Guid id)
    {
        Header = await ApplicationHeader.LoadAsync(db, access, id);
        Input.Version = Header.Version;
    }

    public async Task<IActionResult> OnPostAgreeAsync(Guid id)
    {
        Header = await ApplicationHeader.LoadAsync(db, access, id);
        var application = await ApplicationHeader.FindAsync(access, id);
        db.ExpectVersion(application, Input.Version);
        application.TownAgree(access.Actor, Input.Text ?? string.Empty, clock.UtcNow);
        await notifier.NotifyAsync(AppRoles.Bureau, null, null, $"待登记：{application.StationName}（{localizer[Labels.ApplicationKind(application.Kind)]}）", ApplicationHeader.Link(id));
        await notifier.NotifyAsync(AppRoles.RcOfficer, application.TenantId, application.CommunityId, $"镇（街道）已同意：{application.StationName}", ApplicationHeader.Link(id));
        return await SaveAsync(id);
    }

    public async Task<IActionResult> OnPostReturnAsync(Guid id)
    {
        Header = await ApplicationHeader.LoadAsync(db, access, id);
        var application = await ApplicationHeader.FindAsync(access, id);
        db.ExpectVersion(application, Input.Version);
        application.TownReturn(access.Actor, Input.Text ?? string.Empty, clock.UtcNow);
        await notifier.NotifyAsync(AppRoles.RcOfficer, application.TenantId, application.CommunityId, $"申请被退回：{application.StationName}", ApplicationHeader.Link(id));
        return await SaveAsync(id);
    }

    private async Task<IActionResult> SaveAsync(Guid id)
    {
        if (!await ApplicationHeader.TrySaveTransitionAsync(db, access, id, ModelState, localizer))
        {
            Header = await ApplicationHeader.LoadAsync(db, access, id);
            return Page();
        }

        TempData["Saved"] = localizer["已办理。"].Value;
        return RedirectToPage("/Registration/Applications/Details", new { id });
    }

    public sealed class DecideInput
    {
        /// <summary>The opinion when agreeing, the reasons when returning.</summary>
        public string? Text { get; set; }

        public uint Version { get; set; }
    }
}
