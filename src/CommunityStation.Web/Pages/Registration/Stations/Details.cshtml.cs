using CommunityStation.Domain.Registration;

namespace CommunityStation.Web.Pages.Registration.Stations;

/// <summary>A station in the register with its history: every application about it and how it ended.</summary>
public sealed class DetailsModel(AppDbContext db, UserAccess access) : PageModel
{
    public StationView Item { get; private set; } = null!;

    public IReadOnlyList<HistoryRow> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var item = await StationView.FindAsync(db, await access.StationsAsync($"station {id}"), id).OrNotFound("Station", id);

        Item = item;
        History = await (await access.ApplicationsAsync($"station {id} history"))
            .Where(a => a.TenantId == item.TenantId && a.CommunityId == item.CommunityId && (a.StationId == id || a.Kind == ApplicationKind.Establish))
            .OrderBy(a => a.Created.At)
            .Select(a => new HistoryRow(a.Id, a.Kind, a.Status, a.Created.At, a.RegistrationDate, a.HeadName, a.PremisesAddress, a.LastActor))
            .ToListAsync();
        return Page();
    }

    public sealed record HistoryRow(Guid Id, ApplicationKind Kind, ApplicationStatus Status, DateTimeOffset CreatedAt, DateOnly? RegisteredOn, string HeadName, string PremisesAddress, string? LastActor);
}
