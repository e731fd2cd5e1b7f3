namespace CommunityStation.Web.Infrastructure;

/// <summary>The version of the record the user saw, posted back with every action on it.</summary>
public interface IVersionedInput
{
    uint Version { get; set; }
}

/// <summary>
/// A page that acts on one versioned record (a case step, an application's workflow step): one bound
/// <see cref="Input"/> carrying the version the user saw, and the services such pages use. Each kind of
/// record says how it is read (<see cref="LoadAsync"/>) and which version was read (<see cref="LoadedVersion"/>).
/// </summary>
public abstract class VersionedActionModel<TInput>(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> localizer) : InputPageModel<TInput>
    where TInput : class, IVersionedInput, new()
{
    protected AppDbContext Db => db;

    protected UserAccess Access => access;

    protected PortalClock Clock => clock;

    protected IStringLocalizer<SharedResource> L => localizer;

    /// <summary>The version of the record as <see cref="LoadAsync"/> read it.</summary>
    protected abstract uint LoadedVersion { get; }

    public async Task OnGetAsync(Guid id)
    {
        await LoadAsync(id);
        Input.Version = LoadedVersion;
    }

    /// <summary>What the page shows; an audited 404 when the record is out of the user's reach.</summary>
    protected abstract Task LoadAsync(Guid id);
}
