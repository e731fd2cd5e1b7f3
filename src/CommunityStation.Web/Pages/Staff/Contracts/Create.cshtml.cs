using CommunityStation.Domain.Common;
using CommunityStation.Domain.Registration;
using CommunityStation.Domain.Settings;
using CommunityStation.Domain.Staffing;
using CommunityStation.Infrastructure.Identity;
using CommunityStation.Infrastructure.Persistence;
using CommunityStation.Web.Infrastructure.Access;
using CommunityStation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityStation.Web.Pages.Staff.Contracts;

/// <summary>
/// A contract for a person: channel A from the RC and assistants (H1 soft warnings, overridden with a
/// recorded reason; H2 end bounded by the RC term), or a renewal (续聘) near expiry if they still qualify.
/// </summary>
public sealed class CreateModel : PageModel
{
    private readonly AppDbContext _db;
    private readonly UserAccess _access;
    private readonly PortalClock _clock;
    private readonly IStringLocalizer<SharedResource> _l;

    public CreateModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> l)
    {
        _db = db;
        _access = access;
        _clock = clock;
        _l = l;
    }

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

        var today = _clock.Today;
        if (Renew is { } previous && await _db.Contracts.FirstOrDefaultAsync(c => c.Id == previous && c.PersonId == Person) is { } old)
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
            ModelState.AddModelError(string.Empty, _l["请选择工作站并填写合同起止日期。"]);
            return Page();
        }

        var station = Stations.First(s => s.Id == stationId);
        var contract = Contract.Sign(_access.TenantId!.Value, Guid.CreateVersion7(), Person, stationId, Channel, Input.Start.Value, Input.End.Value,
            station.RcTermEnd, Warnings.Select(w => w.ToString()).ToList(), Input.OverrideReason, Renew);
        _db.Contracts.Add(contract);
        await _db.SaveChangesAsync();
        TempData["Saved"] = _l["合同已签订。"].Value;
        return RedirectToPage("/Staff/People/Details", new { id = Person });
    }

    private async Task<bool> LoadAsync()
    {
        Subject = await _db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == Person);
        if (Subject is null)
        {
            return false;
        }

        Stations = (await (from s in _db.Stations
                           join c in _db.Communities on new { s.TenantId, Id = s.CommunityId } equals new { c.TenantId, c.Id }
                           where s.Status == StationStatus.Registered
                           orderby s.Name
                           select new { s.Id, s.Name, c.RcTermEnd }).ToListAsync())
            .Select(s => (s.Id, s.Name, s.RcTermEnd)).ToList();

        var on = Input.Start ?? _clock.Today;
        var thresholds = HiringThresholds.InForceOn(new PolicySettingHistory(await _db.PolicySettings.ToListAsync()), on);
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
