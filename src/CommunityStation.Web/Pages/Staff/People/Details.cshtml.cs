using CommunityStation.Domain.Settings;

namespace CommunityStation.Web.Pages.Staff.People;

/// <summary>One person: particulars (whole ID only on request, logged), workforce sides (P1), posts, contracts, deployments.</summary>
public sealed class DetailsModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public Person Item { get; private set; } = null!;

    public bool Revealed { get; private set; }

    public IReadOnlyList<SideRow> Sides { get; private set; } = [];

    public IReadOnlyList<PostRow> Posts { get; private set; } = [];

    public IReadOnlyList<ContractRow> Contracts { get; private set; } = [];

    public IReadOnlyList<MoveRow> Moves { get; private set; } = [];

    public IReadOnlyList<CommunityOption> Communities { get; private set; } = [];

    [BindProperty]
    public SideInput Input { get; set; } = new();

    public async Task OnGetAsync(Guid id, bool reveal = false)
    {
        await LoadAsync(id);
        if (reveal && CanReveal)
        {
            Revealed = true;
            await this.LogPersonalDataViewAsync("Person", id, Item.TenantId, "person: ID number and phone");
        }
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
        await LoadAsync(id);
        if (Input.CommunityId is not { } communityId || Communities.All(c => c.Id != communityId) || Input.Side is not { } side || Input.From is not { } from)
        {
            ModelState.AddModelError("Input", localizer["请选择社区、所在队伍和开始日期。"]);
            return Page();
        }

        db.WorkforceAssignments.Add(new WorkforceAssignment(Item.TenantId, Guid.CreateVersion7(), id, communityId, side, from, Input.To));
        await db.SaveChangesAsync();
        TempData["Saved"] = localizer["已保存。"].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostEndSideAsync(Guid id, Guid sideId)
    {
        access.Demand(Capability.EditPeople);
        await LoadAsync(id);
        var side = await (await access.WorkforceAsync()).FirstOrDefaultAsync(w => w.Id == sideId && w.PersonId == id).OrNotFound("WorkforceAssignment", sideId);

        side.End(clock.Today);
        await db.SaveChangesAsync();
        return RedirectToPage(new { id });
    }

    /// <summary>
    /// The person within the user's reach (else an audited 404) and everything the page shows about them, in four
    /// statements (issue 13): the person with their sides, posts and contracts (each with its station's name), the
    /// communities to choose from, the deployments, and the contract-expiry setting.
    /// </summary>
    private async Task LoadAsync(Guid id)
    {
        var people = await access.PeopleAsync($"person {id}");
        var sides = await access.WorkforceAsync();
        var posts = await access.PostsAsync();
        var contracts = await access.ContractsAsync();
        var found = await people.AsNoTracking().Where(p => p.Id == id).Select(p => new
        {
            Person = p,
            Sides = sides.Where(w => w.PersonId == p.Id).OrderBy(w => w.From).ToList(),
            Posts = posts.Where(x => x.PersonId == p.Id).OrderBy(x => x.From)
                .Select(x => new { Post = x, Station = db.Stations.Where(s => s.Id == x.StationId).Select(s => s.Name).FirstOrDefault() }).ToList(),
            Contracts = contracts.Where(c => c.PersonId == p.Id).OrderBy(c => c.Start)
                .Select(c => new { Contract = c, Station = db.Stations.Where(s => s.Id == c.StationId).Select(s => s.Name).FirstOrDefault() }).ToList(),
        }).FirstOrDefaultAsync().OrNotFound("Person", id);
        Item = found.Person;
        var communities = Communities = await (await access.CommunitiesAsync("communities")).Where(c => c.RetiredOn == null).OrderBy(c => c.Name).Select(c => new CommunityOption(c.Id, c.Name)).ToListAsync();
        Sides = found.Sides.Select(w => new SideRow(w, communities.FirstOrDefault(c => c.Id == w.CommunityId)?.Name ?? "?")).ToList();
        Posts = found.Posts.Select(p => new PostRow(p.Post, p.Station ?? "?")).ToList();
        Contracts = found.Contracts.Select(c => new ContractRow(c.Contract, c.Station ?? "?")).ToList();
        var expirySetting = await db.PolicySettings.Where(s => s.Key == PolicySettingKeys.ContractExpiryWarningDays).AsNoTracking().ToListAsync();
        ExpiryWarningDays = (int)new PolicySettingHistory(expirySetting).ValueOn(PolicySettingKeys.ContractExpiryWarningDays, clock.Today);
        Moves = (await (await access.DeploymentsAsync()).Where(d => d.PersonId == id).OrderBy(d => d.On).AsNoTracking()
                .Select(d => new
                {
                    Move = d,
                    From = db.Stations.Where(s => s.Id == d.FromStationId).Select(s => s.Name).FirstOrDefault(),
                    To = db.Stations.Where(s => s.Id == d.ToStationId).Select(s => s.Name).FirstOrDefault(),
                }).ToListAsync())
            .Select(d => new MoveRow(d.Move, d.From ?? "?", d.To ?? "?")).ToList();
    }

    public string MaskedId => Masking.MaskIdNumber(Item.IdNumber);

    public string MaskedPhone => Masking.MaskPhone(Item.Phone);

    public sealed record SideRow(WorkforceAssignment Side, string Community);

    public sealed record PostRow(StationPost Post, string Station);

    public sealed record ContractRow(Contract Contract, string Station);

    public sealed record MoveRow(Deployment Move, string From, string To);

    public sealed record CommunityOption(Guid Id, string Name);

    /// <summary>P1: the community, side and dates of a new workforce side.</summary>
    public sealed class SideInput
    {
        public Guid? CommunityId { get; set; }

        public WorkforceSide? Side { get; set; }

        public DateOnly? From { get; set; }

        public DateOnly? To { get; set; }
    }
}
