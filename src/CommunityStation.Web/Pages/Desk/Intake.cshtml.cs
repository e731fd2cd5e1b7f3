using CommunityStation.Domain.ServiceDesk;
using CommunityStation.Domain.Settings;
using CommunityStation.Web.Infrastructure.Validation;
using Microsoft.AspNetCore.Authorization;

namespace CommunityStation.Web.Pages.Desk;

/// <summary>
/// P2: one-stop intake. Find or register the resident (or none), pick the duty area item and channel,
/// write the request; the case gets its number, promised date and rating link (kept sealed for its receipt), owned
/// by the recorder.
/// </summary>
[Authorize(Roles = AppRoles.DeskStaff + "," + AppRoles.StationHead)]
public sealed class IntakeModel(AppDbContext db, UserAccess access, PortalClock clock, ReceiptTokenSeal receiptSeal, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty]
    public IntakeInput Input { get; set; } = new();

    public OwnStation Desk { get; private set; } = null!;

    public IReadOnlyList<ResidentMatch> Matches { get; private set; } = [];

    public int MatchTotal { get; private set; }

    public IReadOnlyList<ItemOption> Items { get; private set; } = [];

    public IReadOnlyList<DeskOption> Desks { get; private set; } = [];

    /// <summary>The returning resident chosen for this intake, with their last visit ("same as last visit").</summary>
    public ChosenResident? Chosen { get; private set; }

    /// <summary>The form was filled from the resident's last visit: only the request is left to write.</summary>
    public bool SameAsLast { get; private set; }

    /// <summary>Desk staff whose community has no registered station yet get a page that says so.</summary>
    public bool NoStation { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? resident, bool same)
    {
        var station = await access.OwnStationAsync();
        if (station is null)
        {
            NoStation = true;
            return Page();
        }

        // One token per form shown: posting this form again finds the case it made (see OnPostAsync).
        Input.IntakeToken = Guid.NewGuid();
        await LoadAsync(station, recall: true);
        if (resident is { } id)
        {
            Chosen = await Data(station).ResidentAsync(id);
            Input.ResidentId = id;

            // The item the resident came for last time; the desk and channel stay where the clerk sits and works now.
            if (same && Chosen.LastVisit is { } last && Items.Any(i => i.Id == last.ItemId))
            {
                Input.ServiceItemId = last.ItemId;
                Input.DeskId ??= Desks.Any(d => d.Id == last.DeskId) ? last.DeskId : null;
                SameAsLast = true;
            }
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            (MatchTotal, Matches) = await Data(station).FindResidentsAsync(Q);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var station = await access.OwnStationAsync();
        if (station is null)
        {
            return NotFound();
        }

        // Idempotent: the same form posted twice (double click, retry after a failed receipt) gives the
        // first case's receipt and creates nothing. The advisory lock makes a concurrent second post wait
        // for the first to commit and then find its case; the unique index backs this up.
        var intakeToken = Input.IntakeToken is { } posted && posted != Guid.Empty ? posted : Guid.NewGuid();
        await db.LockIntakeTokenAsync(intakeToken);
        if (await db.ServiceCases.Where(c => c.IntakeToken == intakeToken).Select(c => (Guid?)c.Id).FirstOrDefaultAsync() is { } received)
        {
            return RedirectToPage("/Desk/Cases/Receipt", new { id = received });
        }

        await LoadAsync(station, recall: false);
        if (!ModelState.Validate(new IntakeValidator(localizer), Input))
        {
            return Page();
        }

        var item = Items.FirstOrDefault(i => i.Id == Input.ServiceItemId);
        if (item is null)
        {
            ModelState.AddModelError("Input.ServiceItemId", localizer["请选择服务事项。"]);
            return Page();
        }

        var now = clock.UtcNow;
        var tenantId = access.TenantId!.Value;
        Guid? residentId = null;
        if (Input.ResidentId is { } existing)
        {
            residentId = await Data(station).ResidentIdAsync(existing);
            if (residentId is null)
            {
                ModelState.AddModelError("Input.ResidentId", localizer["找不到该居民。"]);
                return Page();
            }
        }
        else if (!Input.Anonymous)
        {
            var resident = new Resident(tenantId, Guid.CreateVersion7(), station.StationId, Input.ResidentName ?? string.Empty, Input.ResidentIdNumber, Input.ResidentPhone, Input.ElderlyOrDisabled, now);
            db.Residents.Add(resident);
            residentId = resident.Id;
        }

        var settings = new PolicySettingHistory(await db.PolicySettings.Where(s => s.Key == PolicySettingKeys.RatingTokenValidDays).ToListAsync());
        var year = PortalClock.ToBeijing(now).Year;
        var sequence = await db.NextCaseSequenceAsync(tenantId, station.StationId, year);
        var (serviceCase, _) = ServiceCase.Receive(
            tenantId, Guid.CreateVersion7(), station.StationId, station.CaseCode, year, sequence, residentId, Input.DeskId, item.AreaCode, item.Id, item.PromisedDays, await db.WorkingCalendarAsync(),
            Input.Channel, Input.ConsentRecorded, Input.Request ?? string.Empty, new CaseOwner(station.UserId, station.UserName), now,
            (int)settings.ValueOn(PolicySettingKeys.RatingTokenValidDays, clock.Today), receiptSeal.Seal, intakeToken);
        db.ServiceCases.Add(serviceCase);
        await db.SaveChangesAsync();
        IntakeMemory.Remember(Response, station.UserId, Input.DeskId, Input.Channel);
        return RedirectToPage("/Desk/Cases/Receipt", new { id = serviceCase.Id });
    }

    private IntakeData Data(OwnStation station) => new(db, access, station);

    /// <summary>Desks, and the items in this clerk's and desk's order; a new form starts at the remembered desk and channel.</summary>
    private async Task LoadAsync(OwnStation station, bool recall)
    {
        Desk = station;
        Desks = await Data(station).DesksAsync();
        if (recall)
        {
            var (deskId, channel) = IntakeMemory.Recall(Request, station.UserId, Desks);
            (Input.DeskId, Input.Channel) = (deskId, channel ?? Input.Channel);
        }

        Items = await Data(station).ItemsAsync(Input.DeskId, clock.UtcNow, CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.Ordinal));
    }
}
