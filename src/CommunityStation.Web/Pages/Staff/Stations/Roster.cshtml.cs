using CommunityStation.Domain.Common;
using CommunityStation.Domain.Registration;
using CommunityStation.Domain.Staffing;
using CommunityStation.Infrastructure.Auditing;
using CommunityStation.Infrastructure.Identity;
using CommunityStation.Infrastructure.Persistence;
using CommunityStation.Web.Infrastructure.Access;
using CommunityStation.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityStation.Web.Pages.Staff.Stations;

/// <summary>
/// A station's posts and who does what (S3–S5), the town's deployment of staff to its other stations (H5)
/// and filing the roster with the bureau (H6).
/// </summary>
public sealed class RosterModel : PageModel
{
    private readonly AppDbContext _db;
    private readonly PortalClock _clock;
    private readonly UserAccess _access;
    private readonly AuditLog _audit;
    private readonly IStringLocalizer<SharedResource> _l;

    public RosterModel(AppDbContext db, PortalClock clock, UserAccess access, AuditLog audit, IStringLocalizer<SharedResource> l)
    {
        _db = db;
        _clock = clock;
        _access = access;
        _audit = audit;
        _l = l;
    }

    public StationInfo Station { get; private set; } = null!;

    public StationRoster Roster { get; private set; } = null!;

    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> People { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> OtherStations { get; private set; } = [];

    public bool OutOfDate { get; private set; }

    public RosterFiling? Pending { get; private set; }

    public RosterFiling? LastAcknowledged { get; private set; }

    public bool CanEdit => _access.Can(Capability.EditRosters);

    [BindProperty]
    public PostInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id) =>
        await LoadAsync(id) ? Page() : await this.NotFoundAuditedAsync("Station", id);

    public Task<IActionResult> OnPostHeadAsync(Guid id) => EditAsync(id, async (roster, person, today) =>
    {
        var (_, warning) = roster.AppointHead(person, IsSecretaryOrDirector(person.Name), Input.Duties, today);
        await AcknowledgeAsync(warning, "S3", person);
    });

    public Task<IActionResult> OnPostDeputyAsync(Guid id) => EditAsync(id, (roster, person, today) =>
    {
        roster.AppointDeputy(person, Input.FullTime, Input.Duties, today);
        return Task.CompletedTask;
    });

    public Task<IActionResult> OnPostStaffAsync(Guid id) => EditAsync(id, (roster, person, today) =>
    {
        roster.AddStaff(person, Input.FullTime, Input.Duties, today);
        return Task.CompletedTask;
    });

    public async Task<IActionResult> OnPostDutiesAsync(Guid id, Guid postId)
    {
        _access.Demand(Capability.EditRosters);
        if (!await LoadAsync(id))
        {
            return await this.NotFoundAuditedAsync("Station", id);
        }

        var post = await _db.StationPosts.FirstOrDefaultAsync(p => p.Id == postId && p.StationId == id && p.To == null);
        if (post is null)
        {
            return await this.NotFoundAuditedAsync("StationPost", postId);
        }

        post.SetDuties(Input.Duties);
        await _db.SaveChangesAsync();
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostEndAsync(Guid id, Guid postId)
    {
        _access.Demand(Capability.EditRosters);
        if (!await LoadAsync(id))
        {
            return await this.NotFoundAuditedAsync("Station", id);
        }

        var posts = await _db.StationPosts.Where(p => p.StationId == id && p.To == null).ToListAsync();
        new StationRoster(Station.TenantId, id, posts).EndPost(postId, Today);
        await _db.SaveChangesAsync();
        return RedirectToPage(new { id });
    }

    /// <summary>H5: move a staff member's post to another of the town's stations, keeping the history.</summary>
    public async Task<IActionResult> OnPostDeployAsync(Guid id, Guid postId, Guid toStation)
    {
        _access.Demand(Capability.EditRosters);
        if (!await LoadAsync(id))
        {
            return await this.NotFoundAuditedAsync("Station", id);
        }

        if (OtherStations.All(s => s.Id != toStation))
        {
            ModelState.AddModelError(string.Empty, _l["请选择本镇（街道）的另一个工作站。"]);
            return Page();
        }

        var post = await _db.StationPosts.FirstOrDefaultAsync(p => p.Id == postId && p.StationId == id && p.To == null);
        var person = post is null ? null : await _db.People.FirstAsync(p => p.Id == post.PersonId);
        if (post is null || person is null)
        {
            return await this.NotFoundAuditedAsync("StationPost", postId);
        }

        var here = await _db.StationPosts.Where(p => p.StationId == id && p.To == null).ToListAsync();
        new StationRoster(Station.TenantId, id, here).EndPost(postId, Today);
        var there = await _db.StationPosts.Where(p => p.StationId == toStation && p.To == null).ToListAsync();
        var target = new StationRoster(Station.TenantId, toStation, there);
        _db.StationPosts.Add(target.AddStaff(person, post.FullTime, post.Duties, Today));
        _db.Deployments.Add(new Deployment(Station.TenantId, Guid.CreateVersion7(), person.Id, id, toStation, Today, _access.UserName, null));
        await _db.SaveChangesAsync();
        TempData["Saved"] = _l["已调配。"].Value;
        return RedirectToPage(new { id });
    }

    /// <summary>H6: file the current roster with the bureau.</summary>
    public async Task<IActionResult> OnPostFileAsync(Guid id)
    {
        _access.Demand(Capability.EditRosters);
        if (!await LoadAsync(id))
        {
            return await this.NotFoundAuditedAsync("Station", id);
        }

        var filing = RosterFiling.File(Station.TenantId, Guid.CreateVersion7(), id, Roster.Snapshot(Names), Problems, Pending is not null, _access.UserName, DateTimeOffset.UtcNow);
        _db.RosterFilings.Add(filing);
        await HttpContext.RequestServices.GetRequiredService<Notifier>().NotifyAsync(AppRoles.Bureau, null, null, $"名单备案：{Station.Name}", $"/Staff/Filings/Details/{filing.Id}");
        await _db.SaveChangesAsync();
        TempData["Saved"] = _l["已报市民政局备案。"].Value;
        return RedirectToPage(new { id });
    }

    private DateOnly Today => _clock.Today;

    private bool IsSecretaryOrDirector(string name) =>
        string.Equals(name, Station.PartySecretary, StringComparison.Ordinal) || string.Equals(name, Station.RcDirector, StringComparison.Ordinal);

    /// <summary>A soft rule's warning must be acknowledged with a reason, which is audited.</summary>
    private async Task AcknowledgeAsync(RuleWarning? warning, string rule, Person person)
    {
        if (warning is null)
        {
            return;
        }

        var reason = TextNormalizer.NullIfBlank(TextNormalizer.FoldWidth(Input.Reason))
            ?? throw new DomainException(rule, "{0} 请填写理由后再确认。", "Reason", warning.Template);
        await _audit.WriteAsync(AuditKinds.SoftRuleOverride, "StationPost", person.Id, $"{rule}: {warning} — {reason}", Station.TenantId);
    }

    private async Task<IActionResult> EditAsync(Guid id, Func<StationRoster, Person, DateOnly, Task> change)
    {
        _access.Demand(Capability.EditRosters);
        if (!await LoadAsync(id))
        {
            return await this.NotFoundAuditedAsync("Station", id);
        }

        var person = Input.PersonId is { } pid ? await _db.People.FirstOrDefaultAsync(p => p.Id == pid) : null;
        if (person is null)
        {
            ModelState.AddModelError("Input.PersonId", _l["请选择人员。"]);
            return Page();
        }

        var posts = await _db.StationPosts.Where(p => p.StationId == id && p.To == null).ToListAsync();
        var roster = new StationRoster(Station.TenantId, id, posts);
        await change(roster, person, Today);
        _db.StationPosts.AddRange(roster.Current.Where(p => _db.Entry(p).State == EntityState.Detached));
        await _db.SaveChangesAsync();
        TempData["Saved"] = _l["已保存。"].Value;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var stations = (await _access.StationsAsync($"station roster {id}")).Where(s => s.Status == StationStatus.Registered);

        var station = await (from s in stations
                             join c in _db.Communities on new { s.TenantId, Id = s.CommunityId } equals new { c.TenantId, c.Id }
                             where s.Id == id
                             select new StationInfo(s.Id, s.TenantId, s.Name, c.Name, c.PartySecretaryName, c.RcDirectorName)).FirstOrDefaultAsync();
        if (station is null)
        {
            return false;
        }

        Station = station;
        (Roster, Names) = await RosterData.LoadAsync(_db, station.TenantId, id);
        Problems = Roster.Problems();
        (LastAcknowledged, Pending, OutOfDate) = await RosterData.FilingStateAsync(_db, id, Roster.Snapshot(Names));
        People = (await _db.People.OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync()).Select(p => (p.Id, p.Name)).ToList();
        OtherStations = (await _db.Stations.Where(s => s.Id != id && s.Status == StationStatus.Registered).OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync())
            .Select(s => (s.Id, s.Name)).ToList();
        return true;
    }

    public sealed record StationInfo(Guid Id, Guid TenantId, string Name, string Community, string? PartySecretary, string? RcDirector);

    public sealed class PostInput
    {
        public Guid? PersonId { get; set; }

        public bool FullTime { get; set; } = true;

        public List<string> Duties { get; set; } = [];

        public string? Reason { get; set; }
    }
}
