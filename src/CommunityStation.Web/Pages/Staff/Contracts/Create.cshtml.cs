using CommunityStation.Domain.Registration;
using CommunityStation.Domain.Settings;
using CommunityStation.Domain.Staffing;
using Microsoft.AspNetCore.Authorization;

namespace CommunityStation.Web.Pages.Staff.Contracts;

/// <summary>
/// A contract for a person: channel A from the RC and assistants (H1 soft warnings, overridden with a
/// recorded reason; H2 end bounded by the RC term), or a renewal (续聘) near expiry if they still qualify.
/// </summary>
public sealed class CreateModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> localizer) : PageModel
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

    public IReadOnlyList<(Guid Id, string Name, DateOnly RcTermEnd)> Stations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return await this.NotFoundAuditedAsync("Person", Person);
        }

        var today = clock.Today;
        if (Renew is { } previous && await db.Contracts.FirstOrDefaultAsync(c => c.Id == previous && c.PersonId == Person) is { } old)
        {
            Input.StationId = old.StationId;
            Input.Start = old.End.AddDays(1);
            Input.End = Channel == HiringChannel.A ? Stations.FirstOrDefault(s => s.Id == old.StationId).RcTermEnd : old.End.AddYears(3);
        }
        else
        {
            Input.Start = today;
            Input.End = Stations.Count > 0 && Channel == HiringChannel.A ? Stations[0].RcTermEnd : today.AddYears(3);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return await this.NotFoundAuditedAsync("Person", Person);
        }

        if (Input.StationId is not { } stationId || Stations.All(s => s.Id != stationId) || Input.Start is null || Input.End is null)
        {
            ModelState.AddModelError(string.Empty, localizer["请选择工作站并填写合同起止日期。"]);
            return Page();
        }

        var station = Stations.First(s => s.Id == stationId);
        var contract = Contract.Sign(access.TenantId!.Value, Guid.CreateVersion7(), Person, stationId, Channel, Input.Start.Value, Input.End.Value,
            station.RcTermEnd, Warnings.Select(w => w.ToString()).ToList(), Input.OverrideReason, Renew);
        db.Contracts.Add(contract);
        await db.SaveChangesAsync();
        TempData["Saved"] = localizer["合同已签订。"].Value;
        return RedirectToPage("/Staff/People/Details", new { id = Person });
    }

    private async Task<bool> LoadAsync()
    {
        Subject = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == Person);
        if (Subject is null)
        {
            return false;
        }

        Stations = (await (from s in db.Stations
                           join c in db.Communities on new { s.TenantId, Id = s.CommunityId } equals new { c.TenantId, c.Id }
                           where s.Status == StationStatus.Registered
                           orderby s.Name
                           select new { s.Id, s.Name, c.RcTermEnd }).ToListAsync())
            .Select(s => (s.Id, s.Name, s.RcTermEnd)).ToList();

        var on = Input.Start ?? clock.Today;
        var thresholds = HiringThresholds.InForceOn(new PolicySettingHistory(await db.PolicySettings.ToListAsync()), on);
        Warnings = Channel == HiringChannel.A
            ? Eligibility.ChannelA(Subject, on, thresholds)
            : Eligibility.ChannelB(Subject, on, thresholds, renewal: Renew is not null);
        return true;
    }

    public sealed class ContractInput
    {
        public Guid? StationId { get; set; }

        public DateOnly? Start { get; set; }

        public DateOnly? End { get; set; }

        [MultiLine]
        public string? OverrideReason { get; set; }
    }
}
