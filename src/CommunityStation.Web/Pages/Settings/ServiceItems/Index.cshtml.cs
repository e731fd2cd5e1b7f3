namespace CommunityStation.Web.Pages.Settings.ServiceItems;

/// <summary>The ten duty areas D1–D10 of section 三 in order, each with the service items the bureau keeps under it.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<Area> Areas { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var areas = await db.DutyAreas.OrderBy(a => a.SortOrder)
            .Select(a => new { a.Code, a.NameZh, a.NameEn })
            .ToListAsync();
        var items = await db.ServiceItems
            .OrderByDescending(i => i.IsActive).ThenBy(i => i.NameZh)
            .Select(i => new Item(i.Id, i.DutyAreaCode, i.NameZh, i.NameEn, i.PromisedDays, i.IsActive))
            .ToListAsync();
        var byArea = items.ToLookup(i => i.AreaCode);
        Areas = areas.Select(a => new Area(a.Code, a.NameZh, a.NameEn, byArea[a.Code].ToList())).ToList();
    }

    public sealed record Area(string Code, string NameZh, string NameEn, IReadOnlyList<Item> Items);

    public sealed record Item(Guid Id, string AreaCode, string NameZh, string NameEn, int PromisedDays, bool IsActive);
}
