using CommunityStation.Domain.Communities;
using CommunityStation.Domain.Registration;
using CommunityStation.Domain.Settings;
using CommunityStation.Domain.Staffing;

namespace CommunityStation.Web.Pages.Staff.Contracts;

/// <summary>
/// A contract for a person: channel A from the RC and assistants (H1 soft warnings, overridden with a
/// recorded and audited reason; H2 end bounded by the RC term current on the start), or a renewal (续聘)
/// of the person's own contract in the same channel. A new channel-B contract comes only from a
/// campaign's hire; the domain refuses one here (H4).
/// </summary>
public sealed class CreateModel(AppDbContext db, UserAccess access, PortalClock clock, AuditLog audit, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Person { get; set; }

    [BindProperty(SupportsGet = true)]
    public HiringChannel Channel { get; set; } = HiringChannel.A;

    [BindProperty(SupportsGet = true)]
    public Guid? Renew { get; set; }

    [BindProperty]
    public ContractInput Input { get; set; } = new();

    public Person? Subject { get; private set; }

    public IReadOnlyList<RuleWarning> Warnings { get; private set; } = [];

    public IReadOnlyList<StationOption> Stations { get; private set; } = [];

    /// <summary>H2: the community whose recorded RC term does not cover the start date (the page links to recording it).</summary>
    public StationOption? TermToRecord { get; private set; }

    private Contract? _previous;
    private IReadOnlyList<Community> _communities = [];
    private IReadOnlyList<WorkforceAssignment> _sides = [];
    private PolicySettingHistory _settings = new([]);

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        var today = clock.Today;
        if (_previous is { } old)
        {
            Input.StationId = old.StationId;
            Input.Start = old.End.AddDays(1);
            Input.End = Channel == HiringChannel.A ? Stations.FirstOrDefault(s => s.Id == old.StationId)?.RcTermEnd : old.End.AddYears(3);
        }
        else
        {
            // The station of the person's own community first: channel A hires from its RC and assistants (H1).
            var station = Stations.FirstOrDefault(s => _sides.Any(w => w.CommunityId == s.CommunityId && w.IsCurrentOn(today)))
                ?? (Stations.Count > 0 ? Stations[0] : null);
            Input.StationId = station?.Id;
            Input.Start = today;
            Input.End = station is not null && Channel == HiringChannel.A ? station.RcTermEnd : today.AddYears(3);
        }

        if (Terms() is { } terms)
        {
            Warnings = Contract.WarningsFor(terms, Thresholds(terms.Start), _sides);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (Terms() is not { } terms)
        {
            ModelState.AddModelError(string.Empty, localizer["请选择工作站并填写合同起止日期。"]);
            return Page();
        }

        var thresholds = Thresholds(terms.Start);
        Warnings = Contract.WarningsFor(terms, thresholds, _sides);
        var contract = Contract.Sign(Guid.CreateVersion7(), terms, thresholds, _sides, Input.OverrideReason);
        db.Contracts.Add(contract);
        if (contract.OverrideReason is { } reason)
        {
            // The soft rules went ahead because someone said why: audited with the contract, in one SaveChanges.
            db.AuditEntries.Add(audit.Entry(AuditKinds.SoftRuleOverride, nameof(Contract), contract.Id,
                $"{string.Join(" ", Warnings.Select(w => $"{w.Rule}: {w}"))} — {reason}"));
        }

        await db.SaveChangesAsync();
        TempData["Saved"] = localizer["合同已签订。"].Value;
        return RedirectToPage("/Staff/People/Details", new { id = Person });
    }

    private async Task LoadAsync()
    {
        Subject = await (await access.PeopleAsync($"contract for person {Person}")).AsNoTracking().FirstOrDefaultAsync(p => p.Id == Person).OrNotFound("Person", Person);
        _previous = Renew is { } renew
            ? await (await access.ContractsAsync()).AsNoTracking().FirstOrDefaultAsync(c => c.Id == renew).OrNotFound("Contract", renew)
            : null;
        _communities = await (await access.CommunitiesAsync("contract")).AsNoTracking().ToListAsync();
        var stations = await (await access.StationsAsync("contract")).Where(s => s.Status == StationStatus.Registered)
            .OrderBy(s => s.Name).Select(s => new { s.Id, s.Name, s.CommunityId }).ToListAsync();
        Stations = [.. from s in stations
                       join c in _communities on s.CommunityId equals c.Id
                       select new StationOption(s.Id, s.Name, c.Id, c.RcTermStart, c.RcTermEnd)];
        _sides = await (await access.WorkforceAsync()).Where(w => w.PersonId == Person).AsNoTracking().ToListAsync();
        _settings = new PolicySettingHistory(await db.PolicySettings.AsNoTracking().ToListAsync());
    }

    /// <summary>The contract the form describes, or null while it lacks a station or dates.</summary>
    private ContractTerms? Terms()
    {
        var station = Stations.FirstOrDefault(s => s.Id == Input.StationId);
        if (station is null || Input.Start is not { } start || Input.End is not { } end)
        {
            return null;
        }

        var community = _communities.First(c => c.Id == station.CommunityId);
        TermToRecord = Channel == HiringChannel.A && !community.IsRcTermCurrentOn(start) ? station : null;
        return new ContractTerms(Subject!, station.Id, community, Channel, start, end, _previous);
    }

    private HiringThresholds Thresholds(DateOnly on) => HiringThresholds.InForceOn(_settings, on);

    public sealed record StationOption(Guid Id, string Name, Guid CommunityId, DateOnly RcTermStart, DateOnly RcTermEnd);

    public sealed class ContractInput
    {
        public Guid? StationId { get; set; }

        public DateOnly? Start { get; set; }

        public DateOnly? End { get; set; }

        [MultiLine]
        public string? OverrideReason { get; set; }
    }
}
