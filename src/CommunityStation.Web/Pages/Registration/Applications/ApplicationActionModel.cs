using CommunityStation.Domain.Registration;

namespace CommunityStation.Web.Pages.Registration.Applications;

/// <summary>The version of the application the user saw, posted back with every workflow action.</summary>
public interface IApplicationActionInput
{
    uint Version { get; set; }
}

/// <summary>
/// What every workflow action on one application shares (Submit, Decide, Register): the header above the
/// form, the version the user saw, reading the application for the action (an audited 404 when out of
/// reach, a concurrency error when someone acted first) and saving the one transition that stands.
/// </summary>
public abstract class ApplicationActionModel<TInput>(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> localizer) : PageModel
    where TInput : class, IApplicationActionInput, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    public ApplicationHeader Header { get; private set; } = null!;

    public ActionForm Form => new(Header.Id, Input.Version, clock.Today);

    protected AppDbContext Db => db;

    protected UserAccess Access => access;

    protected PortalClock Clock => clock;

    protected IStringLocalizer<SharedResource> L => localizer;

    public async Task OnGetAsync(Guid id)
    {
        await LoadAsync(id);
        Input.Version = Header.Version;
    }

    /// <summary>What the page shows besides the header (a page with more overrides it and calls this first).</summary>
    protected virtual async Task LoadAsync(Guid id) => Header = await ApplicationHeader.LoadAsync(db, access, id);

    /// <summary>The page's data and the application to act on, at the version the user saw.</summary>
    protected async Task<StationApplication> ActOnAsync(Guid id)
    {
        await LoadAsync(id);
        var application = await ApplicationHeader.FindAsync(access, id);
        db.ExpectVersion(application, Input.Version);
        return application;
    }

    /// <summary>Saves the transition and returns to the application, or shows who acted first.</summary>
    protected async Task<IActionResult> SaveAsync(Guid id)
    {
        if (!await ApplicationHeader.TrySaveTransitionAsync(db, access, id, ModelState, localizer))
        {
            await LoadAsync(id);
            return Page();
        }

        TempData["Saved"] = localizer["已办理。"].Value;
        return RedirectToPage("/Registration/Applications/Details", new { id });
    }
}
