namespace CommunityStation.Web.Pages.Desk.Cases;

/// <summary>What the case pages share: one case as shown, and the station's staff it can be handed to.</summary>
public static class CaseData
{
    /// <summary>A case within the user's reach; else an audited 404.</summary>
    public static async Task<CaseView> ViewAsync(UserAccess access, AppDbContext db, Guid id)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(db);
        var cases = await access.CasesAsync();
        return await (from c in cases
                      join s in db.Stations on new { c.TenantId, Id = c.StationId } equals new { s.TenantId, s.Id }
                      join i in db.ServiceItems on c.ServiceItemId equals i.Id
                      // On the nullable id itself (not COALESCE'd), so the resident is one primary-key lookup.
                      join r in db.Residents on new { c.TenantId, Id = c.ResidentId } equals new { r.TenantId, Id = (Guid?)r.Id } into residents
                      from r in residents.DefaultIfEmpty()
                      where c.Id == id
                      select new CaseView(c.Id, c.Number, s.Name, s.CommunityId, c.DutyAreaCode, i.NameZh, c.Channel, c.ConsentRecorded, c.Request, c.Status, c.OwnerId, c.OwnerName,
                          c.ReceivedAt, c.PromisedBy, c.CompletedAt, c.Result, c.ReferredTo, c.ReferralDepartment, c.ReferralNote, c.ResidentId, r == null ? null : r.Name, c.RatedAt, c.LastActor, c.Version))
            .AsNoTracking()
            .FirstOrDefaultAsync()
            .OrNotFound("ServiceCase", id);
    }

    /// <summary>P2: the staff of the case's station (desk staff and the head), to whom it may be handed.</summary>
    public static async Task<IReadOnlyList<CaseOwner>> ColleaguesAsync(AppDbContext db, Guid communityId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return (await (from u in db.Users
                       join ur in db.UserRoles on u.Id equals ur.UserId
                       join r in db.Roles on ur.RoleId equals r.Id
                       // The tenant first, so the (tenant_id, community_id) index serves it (a province has 140,000 accounts).
                       where u.TenantId == db.Tenant.TenantId && u.CommunityId == communityId && !u.IsDisabled && (r.Name == AppRoles.DeskStaff || r.Name == AppRoles.StationHead)
                       select new { u.Id, u.DisplayName }).Distinct().ToListAsync())
            .Select(u => new CaseOwner(u.Id, u.DisplayName)).ToList();
    }
}

/// <summary>One case as the case pages show it.</summary>
public sealed record CaseView(
    Guid Id, string Number, string StationName, Guid CommunityId, string AreaCode, string Item, CaseChannel Channel, bool Consent, string Request, CaseStatus Status,
    Guid OwnerId, string OwnerName, DateTimeOffset ReceivedAt, DateOnly PromisedBy, DateTimeOffset? CompletedAt, string? Result,
    ReferralTarget? ReferredTo, string? ReferralDepartment, string? ReferralNote, Guid? ResidentId, string? ResidentName, DateTimeOffset? RatedAt, string? LastActor, uint Version)
{
    public bool IsOverdueOn(DateOnly today) => ServiceCase.IsOverdue(Status, PromisedBy, today);
}

/// <summary>
/// A page that moves a case on (start, complete, refer, take back, reassign). Only staff of the case's
/// station act; each step runs under optimistic concurrency, so of two staff acting at once one wins
/// and the other is told who handled it.
/// </summary>
public abstract class CaseActionModel<TInput>(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> l)
    : VersionedActionModel<TInput>(db, access, clock, l)
    where TInput : class, IVersionedInput, new()
{
    public CaseView Item { get; private set; } = null!;

    protected override uint LoadedVersion => Item.Version;

    /// <summary>The case, for a user who works at its station; anyone else gets the same audited 404 as for an unseen case.</summary>
    protected override async Task LoadAsync(Guid id)
    {
        if (await Access.OwnStationAsync() is null)
        {
            throw new RecordNotFoundException("ServiceCase", id);
        }

        Item = await CaseData.ViewAsync(Access, Db, id);
    }

    /// <summary>One transition on the version the user saw; the loser of a race re-reads and is told who won.</summary>
    protected async Task<IActionResult> ActAsync(Guid id, uint version, Action<ServiceCase, Actor, DateTimeOffset> transition)
    {
        ArgumentNullException.ThrowIfNull(transition);
        await LoadAsync(id);
        var serviceCase = await Db.ServiceCases.FirstAsync(c => c.Id == id);
        Db.ExpectVersion(serviceCase, version);
        transition(serviceCase, Access.Actor, Clock.UtcNow);
        try
        {
            await Db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            await Db.RestartTransactionAsync();
            Item = await CaseData.ViewAsync(Access, Db, id);
            ModelState.AddModelError(string.Empty, L["这件事已由 {0} 处理，请查看最新状态。", Item.LastActor ?? "?"]);
            return Page();
        }

        TempData["Saved"] = L["已办理。"].Value;
        return RedirectToPage("Details", new { id });
    }
}
