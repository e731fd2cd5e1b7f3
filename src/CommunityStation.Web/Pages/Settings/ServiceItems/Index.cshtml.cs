using System.Linq.Expressions;
using CommunityStation.Domain.Duties;

namespace CommunityStation.Web.Pages.Settings.ServiceItems;

/// <summary>
/// The service items the bureau keeps under the ten duty areas of section 三, in the areas' order: filtered by
/// area, state and name (Chinese or English), paged with a total and exported with the filter.
/// </summary>
public sealed class IndexModel(AppDbContext db, IStringLocalizer<SharedResource> localizer) : ListPageModel<IndexModel.Item>
{
    [BindProperty(SupportsGet = true)]
    public string? Area { get; set; }

    /// <summary>"active" or "inactive"; anything else shows both.</summary>
    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    /// <summary>The duty areas in the policy's order (the filter's and the "add" form's choices).</summary>
    public IReadOnlyList<string> Areas { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Areas = await db.DutyAreas.OrderBy(a => a.SortOrder).Select(a => a.Code).ToListAsync();
        Rows = await Query().ToKeysetPageAsync(Request, Order, ToItem);
    }

    public async Task<IActionResult> OnGetExportAsync(string format)
    {
        string[] header = [localizer["职责领域"], localizer["服务事项"], localizer["英文名称"], localizer["承诺办结天数"], localizer["状态"]];
        return await ExportAsync(format, "service-items", localizer["职责与服务事项"], header, Query().OrderedBy(Order).Select(ToItem), i =>
            [localizer[Labels.Area(i.AreaCode)], i.NameZh, i.NameEn, i.PromisedDays.ToString(CultureInfo.InvariantCulture), i.IsActive ? localizer["启用"] : localizer["停用"]]);
    }

    private IQueryable<Listed> Query()
    {
        var items = db.ServiceItems.AsQueryable().WhereChosen(Area, area => i => i.DutyAreaCode == area);

        if (State is "active" or "inactive")
        {
            var active = State == "active";
            items = items.Where(i => i.IsActive == active);
        }

        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = TextNormalizer.Text(Search);
            var pattern = "%" + term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            items = items.Where(i => i.NameZh.Contains(term) || EF.Functions.ILike(i.NameEn, pattern));
        }

        return from i in items
               join a in db.DutyAreas on i.DutyAreaCode equals a.Code
               select new Listed { Item = i, AreaOrder = a.SortOrder };
    }

    private static Keyset<Listed> Order(Keyset<Listed> keys) => keys.By(x => x.AreaOrder).Then(x => x.Item.NameZh).Then(x => x.Item.Id);

    private static readonly Expression<Func<Listed, Item>> ToItem =
        x => new Item(x.Item.Id, x.Item.DutyAreaCode, x.Item.NameZh, x.Item.NameEn, x.Item.PromisedDays, x.Item.IsActive);

    /// <summary>A service item with its area's place in the policy's order (member initialisation, so EF can sort and seek on it).</summary>
    private sealed class Listed
    {
        public required ServiceItem Item { get; init; }

        public required int AreaOrder { get; init; }
    }

    public sealed record Item(Guid Id, string AreaCode, string NameZh, string NameEn, int PromisedDays, bool IsActive);
}
