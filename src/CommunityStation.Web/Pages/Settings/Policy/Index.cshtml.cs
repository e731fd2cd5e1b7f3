using CommunityStation.Domain.Settings;

namespace CommunityStation.Web.Pages.Settings.Policy;

/// <summary>
/// The policy's numbers (S1's 200 households, S2's 30 %, the ages of H1/H3 …): the value in force
/// today, the 2008 default, every dated change, and what was in force on any chosen date.
/// </summary>
public sealed class IndexModel(AppDbContext db, PortalClock clock) : PageModel
{
    /// <summary>"?on=yyyy-MM-dd": show the values in force on that day too. A bad date is a field error.</summary>
    [BindProperty(SupportsGet = true, Name = "on")]
    public DateOnly? On { get; set; }

    /// <summary>What was typed into the date box when it was not a date, to show it back with the error.</summary>
    public string? OnAttempted { get; private set; }

    public string? OnError { get; private set; }

    public DateOnly Today { get; private set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyList<Change> History { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Today = clock.Today;
        if (ModelState.TryGetValue("on", out var entry) && entry.Errors.Count > 0)
        {
            OnAttempted = entry.AttemptedValue;
            OnError = entry.Errors[0].ErrorMessage;
        }

        var values = await db.PolicySettings.AsNoTracking().ToListAsync();
        var history = new PolicySettingHistory(values);

        Rows = PolicySettingKeys.All
            .Select(d => new Row(d, history.ValueOn(d.Key, Today), On is { } on ? history.ValueOn(d.Key, on) : null))
            .ToList();

        // Newest first within each setting, in the definitions' order; the row in force today is marked.
        var inForce = PolicySettingKeys.All
            .Select(d => values.Where(v => v.Key == d.Key && v.EffectiveFrom <= Today)
                .OrderBy(v => v.EffectiveFrom).ThenBy(v => v.Recorded.At).LastOrDefault()?.Id)
            .Where(id => id is not null)
            .ToHashSet();
        History = PolicySettingKeys.All
            .SelectMany(d => values.Where(v => v.Key == d.Key)
                .OrderByDescending(v => v.EffectiveFrom).ThenByDescending(v => v.Recorded.At)
                .Select(v => new Change(d, v.EffectiveFrom, v.Value, v.Recorded.By, v.Recorded.At, v.Note, inForce.Contains(v.Id), v.EffectiveFrom > Today)))
            .ToList();
    }

    public sealed record Row(PolicySettingDefinition Definition, decimal Today, decimal? OnDate);

    public sealed record Change(PolicySettingDefinition Definition, DateOnly EffectiveFrom, decimal Value, string RecordedBy, DateTimeOffset RecordedAt, string? Note, bool InForce, bool Scheduled);
}
