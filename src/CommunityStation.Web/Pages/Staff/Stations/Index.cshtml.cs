using System.Runtime.CompilerServices;
using CommunityStation.Domain.Registration;

namespace CommunityStation.Web.Pages.Staff.Stations;

/// <summary>
/// The town's stations with who heads them, how many staff, and where the roster stands with the bureau (H6),
/// found by name; paged and exported with the filter. The roster of each station is worked out for the rows
/// read (a page, or the export's batches), never one query set per station.
/// </summary>
public sealed class IndexModel(AppDbContext db, UserAccess access, IStringLocalizer<SharedResource> localizer) : ListPageModel<IndexModel.Row>
{
    private const int ExportBatch = 200;

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    public async Task OnGetAsync()
    {
        var stations = await (await QueryAsync()).ToKeysetPageAsync(Request, Order, s => new StationRow(s.Id, s.TenantId, s.Name));
        var rows = await SummariseAsync(stations.Items);
        Rows = stations.Select(s => rows[s.Id]);
    }

    public async Task<IActionResult> OnGetExportAsync(string format)
    {
        string[] header = [localizer["工作站"], localizer["站长"], localizer["人数"], localizer["站长、副站长"], localizer["名单备案"]];
        return await ExportAsync(format, "rosters", localizer["岗位与名单"], header, AllAsync(await QueryAsync(), HttpContext.RequestAborted), r =>
            [r.Name, r.Head, r.People.ToString(CultureInfo.InvariantCulture), r.Complete ? localizer["齐全"] : localizer["有空缺"], FilingStateText(localizer, r.Filing)]);
    }

    /// <summary>A filing state as the list and the export say it.</summary>
    public static string FilingStateText(IStringLocalizer l, RosterFilingState state)
    {
        ArgumentNullException.ThrowIfNull(l);
        return state switch
        {
            RosterFilingState.Pending => l["待民政局备案"],
            RosterFilingState.NotFiled => l["未备案"],
            RosterFilingState.OutOfDate => l["备案已过期"],
            _ => l["已备案"],
        };
    }

    private async Task<IQueryable<Station>> QueryAsync()
    {
        var stations = (await access.StationsAsync("station rosters")).Where(s => s.Status == StationStatus.Registered);
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = TextNormalizer.Text(Search);
            stations = stations.Where(s => s.Name.Contains(term));
        }

        return stations;
    }

    private static Keyset<Station> Order(Keyset<Station> keys) => keys.By(s => s.Name).Then(s => s.Id);

    /// <summary>Every station of the filter in the list's order, a batch at a time.</summary>
    private async IAsyncEnumerable<Row> AllAsync(IQueryable<Station> stations, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var batch = new List<StationRow>(ExportBatch);
        await foreach (var s in stations.OrderedBy(Order).Select(s => new StationRow(s.Id, s.TenantId, s.Name)).AsAsyncEnumerable().WithCancellation(ct))
        {
            batch.Add(s);
            if (batch.Count == ExportBatch)
            {
                foreach (var row in await SummariseInOrderAsync(batch))
                {
                    yield return row;
                }

                batch.Clear();
            }
        }

        foreach (var row in await SummariseInOrderAsync(batch))
        {
            yield return row;
        }
    }

    private async Task<IReadOnlyList<Row>> SummariseInOrderAsync(IReadOnlyList<StationRow> stations)
    {
        var rows = await SummariseAsync(stations);
        return [.. stations.Select(s => rows[s.Id])];
    }

    /// <summary>One query each for posts, names and filings of <paramref name="stations"/> (not one set per station).</summary>
    private async Task<IReadOnlyDictionary<Guid, Row>> SummariseAsync(IReadOnlyList<StationRow> stations)
    {
        var states = await db.FilingStatesAsync([.. stations.Select(s => (s.Id, s.TenantId))]);
        return stations.Zip(states).ToDictionary(x => x.First.Id, x =>
        {
            var (station, state) = x;
            var head = state.Roster.Current.FirstOrDefault(p => p.Kind == PostKind.Head);
            return new Row(station.Id, station.Name, head is null ? null : state.Names.GetValueOrDefault(head.PersonId),
                state.Roster.Current.Select(p => p.PersonId).Distinct().Count(), state.Roster.Vacancies().Count == 0, state.State);
        });
    }

    private sealed record StationRow(Guid Id, Guid TenantId, string Name);

    public sealed record Row(Guid Id, string Name, string? Head, int People, bool Complete, RosterFilingState Filing);
}
