using CommunityStation.Domain.Settings;
using CommunityStation.Domain.Staffing;

namespace CommunityStation.Web.Pages.Staff.People;

/// <summary>One person: particulars (whole ID only on request, logged), workforce sides (P1), posts, contracts, deployments.</summary>
public sealed class DetailsModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public Person Item { get; private set; } = null!;

    public bool Revealed { get; private set; }

    public IReadOnlyList<(WorkforceAssignment Side, string Community)> Sides { get; private set; } = [];

    public IReadOnlyList<(StationPost Post, string Station)> Posts { get; private set; } = [];

    public IReadOnlyList<(Contract Contract, string Station)> Contracts { get; private set; } = [];

    public IReadOnlyList<(Deployment Move, string From, string To)> Moves { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Communities { get; private set; } = [];

    [BindProperty]
    public SideInput Side { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, bool reveal = false)
    {
        if (!await LoadAsync(id))
        {
            return await this.NotFoundAuditedAsync("Person", id);
        }

        if (reveal && CanReveal)
        {
            Revealed = true;
            await this.LogPersonalDataViewAsync("Person", id, Item.TenantId, "person: ID number and phone");
        }

        return Page();
    }

    public DateOnly Today => clock.Today;

    /// <summary>H2: contracts ending within this many days are flagged for renewal (the dated setting in force today).</summary>
    public int ExpiryWarningDays { get; private set; }

    public bool CanReveal => access.Can(Capability.RevealPeopleData);

    public bool CanEdit => access.Can(Capability.EditPeople);

    /// <summary>P1: put the person on a side of a community's workforce.</summary>
    public async Task<IActionResult> OnPostSideAsync(Guid id)
    {
        access.Demand(Capability.EditPeople);
        if (!await LoadAsync(id))
        {
            return await this.NotFoundAuditedAsync("Person", id);
        }

        if (Side.CommunityId is not { } communityId || Communities.All(c => c.Id != communityId) || Side.Side is null || Side.From is null)
        {
            ModelState.AddModelError("Side", localizer["请选择社区、所在队伍和开始日期。"]);
            return Page();
        }

        db.WorkforceAssignments.Add(new WorkforceAssignment(Item.TenantId, Guid.CreateVersion7(), id, communityId, Side.Side.Value, Side.From.Value, Side.To));
        await db.SaveChangesAsync();
        TempData["Saved"] = localizer["已保存。"].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostEndSideAsync(Guid id, Guid sideId)
    {
        access.Demand(Capability.EditPeople);
        if (!await LoadAsync(id))
        {
            return await this.NotFoundAuditedAsync("Person", id);
        }

        var side = await (await access.WorkforceAsync()).FirstOrDefaultAsync(w => w.Id == sideId && w.PersonId == id).OrNotFound("WorkforceAssignment", sideId);

        side.End(clock.Today);
        await db.SaveChangesAsync();
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var person = await (await access.PeopleAsync($"person {id}")).AsNoTracking().FirstOrDefaultAsync(p => p.Id == id);
        if (person is null)
        {
            return false;
        }

        Item = person;
        var communities = await (await access.CommunitiesAsync("communities")).OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync();
        Communities = communities.Select(c => (c.Id, c.Name)).ToList();
        var stations = await db.Stations.Select(s => new { s.Id, s.Name }).ToListAsync();
        string StationName(Guid sid) => stations.FirstOrDefault(s => s.Id == sid)?.Name ?? "?";
        Sides = (await (await access.WorkforceAsync()).Where(w => w.PersonId == id).OrderBy(w => w.From).AsNoTracking().ToListAsync())
            .Select(w => (w, communities.FirstOrDefault(c => c.Id == w.CommunityId)?.Name ?? "?")).ToList();
        Posts = (await (await access.PostsAsync()).Where(p => p.PersonId == id).OrderBy(p => p.From).AsNoTracking().ToListAsync()).Select(p => (p, StationName(p.StationId))).ToList();
        Contracts = (await (await access.ContractsAsync()).Where(c => c.PersonId == id).OrderBy(c => c.Start).AsNoTracking().ToListAsync()).Select(c => (c, StationName(c.StationId))).ToList();
        var expirySetting = await db.PolicySettings.Where(s => s.Key == PolicySettingKeys.ContractExpiryWarningDays).AsNoTracking().ToListAsync();
        ExpiryWarningDays = (int)new PolicySettingHistory(expirySetting).ValueOn(PolicySettingKeys.ContractExpiryWarningDays, clock.Today);
        Moves = (await (await access.DeploymentsAsync()).Where(d => d.PersonId == id).OrderBy(d => d.On).AsNoTracking().ToListAsync()).Select(d => (d, StationName(d.FromStationId), StationName(d.ToStationId))).ToList();
        return true;
    }

    public string MaskedId => Masking.MaskIdNumber(Item.IdNumber);

    public string MaskedPhone => Masking.MaskPhone(Item.Phone);

    public sealed class SideInput
    {
        public Guid? CommunityId { get; set; }

        public WorkforceSide? Side { get; set; }

        public DateOnly? From { get; set; }

        public DateOnly? To { get; set; }
    }
}
