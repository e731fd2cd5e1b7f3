namespace CommunityStation.Web.Pages.Staff.Stations;

/// <summary>
/// A page on one open post of a station (change or end it, deploy its holder): the station within the
/// user's reach, its roster loaded once, and the post; an audited 404 for anything out of reach.
/// </summary>
public abstract class OpenPostPageModel(AppDbContext db, UserAccess access) : PageModel
{
    public StationInfo Station { get; private set; } = null!;

    public StationRoster Roster { get; private set; } = null!;

    public StationPost Item { get; private set; } = null!;

    protected AppDbContext Db => db;

    protected UserAccess Access => access;

    protected async Task LoadPostAsync(Guid id, Guid postId)
    {
        Station = await RosterData.StationAsync(access, db, id);
        Roster = await db.LoadRosterAsync(Station.TenantId, id);
        Item = Roster.Current.FirstOrDefault(p => p.Id == postId) ?? throw new RecordNotFoundException("StationPost", postId);
    }
}

/// <summary>A station offered as a choice.</summary>
public sealed record StationOption(Guid Id, string Name);
