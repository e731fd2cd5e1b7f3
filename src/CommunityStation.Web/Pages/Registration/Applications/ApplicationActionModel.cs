namespace CommunityStation.Web.Pages.Registration.Applications;

/// <summary>
/// What every workflow action on one application shares (Submit, Decide, Register): the header above the
/// form, the version the user saw, reading the application for the action (an audited 404 when out of
/// reach, a concurrency error when someone acted first) and saving the one transition that stands.
/// </summary>
public abstract class ApplicationActionModel<TInput>(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> localizer)
    : VersionedActionModel<TInput>(db, access, clock, localizer)
    where TInput : class, IVersionedInput, new()
{
    public ApplicationHeader Header { get; private set; } = null!;

    public ActionForm Form => new(Header.Id, Input.Version, Clock.Today);

    protected override uint LoadedVersion => Header.Version;

    /// <summary>What the page shows besides the header (a page with more overrides it and calls this first).</summary>
    protected override async Task LoadAsync(Guid id) => Header = await ApplicationHeader.LoadAsync(Db, Access, id);

    /// <summary>The page's data and the application to act on, at the version the user saw.</summary>
    protected async Task<StationApplication> ActOnAsync(Guid id)
    {
        await LoadAsync(id);
        var application = await ApplicationHeader.FindAsync(Access, id);
        Db.ExpectVersion(application, Input.Version);
        return application;
    }

    /// <summary>Saves the transition and returns to the application, or shows who acted first.</summary>
    protected async Task<IActionResult> SaveAsync(Guid id)
    {
        if (!await ApplicationHeader.TrySaveTransitionAsync(Db, Access, id, ModelState, L))
        {
            await LoadAsync(id);
            return Page();
        }

        TempData["Saved"] = L["已办理。"].Value;
        return RedirectToPage("/Registration/Applications/Details", new { id });
    }
}
