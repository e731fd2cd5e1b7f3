using CommunityStation.Domain.ServiceDesk;
using CommunityStation.Infrastructure.Identity;
using CommunityStation.Infrastructure.Persistence;
using CommunityStation.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityStation.Web.Pages.Desk.Cases;

/// <summary>One case: its timeline and the next steps (start, complete, refer, take back, reassign).</summary>
public sealed class DetailsModel : PageModel
{
    private readonly AppDbContext _db;
    private readonly IStringLocalizer<SharedResource> _l;

    public DetailsModel(AppDbContext db, IStringLocalizer<SharedResource> l)
    {
        _db = db;
        _l = l;
    }

    public View Item { get; private set; } = null!;

    public IReadOnlyList<CaseStep> Timeline { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Colleagues { get; private set; } = [];

    public bool CanAct { get; private set; }

    [BindProperty]
    public ActionInput Act { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id) =>
        await LoadAsync(id) ? Page() : await this.NotFoundAuditedAsync("ServiceCase", id);

    public Task<IActionResult> OnPostStartAsync(Guid id) => ActAsync(id, (c, who, now) => c.Start(who, now));

    public Task<IActionResult> OnPostCompleteAsync(Guid id) => ActAsync(id, (c, who, now) => c.Complete(who, Act.Text ?? string.Empty, now));

    public Task<IActionResult> OnPostReferAsync(Guid id) => ActAsync(id, (c, who, now) => c.Refer(who, Act.Target, Act.Department, Act.Text, now));

    public Task<IActionResult> OnPostTakeBackAsync(Guid id) => ActAsync(id, (c, who, now) => c.ReturnFromReferral(who, Act.Text, now));

    public Task<IActionResult> OnPostReassignAsync(Guid id) => ActAsync(id, (c, who, now) =>
    {
        var colleague = Colleagues.FirstOrDefault(x => x.Id == Act.NewOwner);
        if (colleague.Id == Guid.Empty)
        {
            throw new Domain.Common.DomainException("P2", "请选择本站的工作人员。", "NewOwner");
        }

        c.Reassign(who, new CaseOwner(colleague.Id, colleague.Name), now);
    });

    /// <summary>One transition under optimistic concurrency: two staff completing at once get one completion and one message.</summary>
    private async Task<IActionResult> ActAsync(Guid id, Action<ServiceCase, string, DateTimeOffset> transition)
    {
        if (!await LoadAsync(id) || !CanAct)
        {
            return await this.NotFoundAuditedAsync("ServiceCase", id);
        }

        var serviceCase = await _db.ServiceCases.FirstAsync(c => c.Id == id);
        _db.Entry(serviceCase).Property(c => c.Version).OriginalValue = Act.Version;
        transition(serviceCase, User.DisplayName(), DateTimeOffset.UtcNow);
        try
        {
            await _db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            await _db.RestartTransactionAsync();
            await LoadAsync(id);
            ModelState.AddModelError(string.Empty, _l["这件事已由 {0} 处理，请查看最新状态。", Item.LastActor ?? "?"]);
            return Page();
        }

        TempData["Saved"] = _l["已办理。"].Value;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var (cases, desk) = await CaseAccess.VisibleAsync(_db, User);
        var item = await (from c in cases
                          join s in _db.Stations on new { c.TenantId, Id = c.StationId } equals new { s.TenantId, s.Id }
                          join i in _db.ServiceItems on c.ServiceItemId equals i.Id
                          join r in _db.Residents on new { c.TenantId, Id = c.ResidentId ?? Guid.Empty } equals new { r.TenantId, r.Id } into residents
                          from r in residents.DefaultIfEmpty()
                          where c.Id == id
                          select new View(c.Id, c.Number, s.Name, s.CommunityId, c.DutyAreaCode, i.NameZh, c.Channel, c.ConsentRecorded, c.Request, c.Status, c.OwnerId, c.OwnerName,
                              c.ReceivedAt, c.PromisedBy, c.CompletedAt, c.Result, c.ReferredTo, c.ReferralDepartment, c.ReferralNote, c.ResidentId, r == null ? null : r.Name, c.RatedAt, c.LastActor, c.Version))
            .AsNoTracking()
            .FirstOrDefaultAsync();
        if (item is null)
        {
            return false;
        }

        Item = item;
        CanAct = desk is not null;
        if (Act.Version == 0)
        {
            Act.Version = item.Version;
        }

        Timeline = await _db.CaseSteps.Where(s => s.CaseId == id).OrderBy(s => s.Sequence).AsNoTracking().ToListAsync();
        if (CanAct)
        {
            Colleagues = (await (from u in _db.Users
                                 join ur in _db.UserRoles on u.Id equals ur.UserId
                                 join r in _db.Roles on ur.RoleId equals r.Id
                                 where u.CommunityId == item.CommunityId && !u.IsDisabled && (r.Name == AppRoles.DeskStaff || r.Name == AppRoles.StationHead)
                                 select new { u.Id, u.DisplayName }).Distinct().ToListAsync())
                .Select(u => (u.Id, u.DisplayName)).ToList();
        }

        return true;
    }

    public sealed record View(
        Guid Id, string Number, string StationName, Guid CommunityId, string AreaCode, string Item, CaseChannel Channel, bool Consent, string Request, CaseStatus Status,
        Guid OwnerId, string OwnerName, DateTimeOffset ReceivedAt, DateOnly PromisedBy, DateTimeOffset? CompletedAt, string? Result,
        ReferralTarget? ReferredTo, string? ReferralDepartment, string? ReferralNote, Guid? ResidentId, string? ResidentName, DateTimeOffset? RatedAt, string? LastActor, uint Version)
    {
        public bool IsOverdue => Status is not CaseStatus.Completed && CaseAccess.Today > PromisedBy;
    }

    public sealed class ActionInput
    {
        [MultiLine]
        public string? Text { get; set; }

        public ReferralTarget? Target { get; set; }

        public string? Department { get; set; }

        public Guid? NewOwner { get; set; }

        public uint Version { get; set; }
    }
}
