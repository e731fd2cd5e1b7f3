using CommunityStation.Domain.Communities;

namespace CommunityStation.Web.Pages.Communities;

/// <summary>
/// A town official merges this community into another of the town's: this one is retired (it stays readable, with its
/// history), its people's current workforce sides continue in the other from the merge day, and the other takes the
/// household count entered. Refused with the reason when a station, an application or accounts would be left hanging.
/// </summary>
public sealed class MergeModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> l) : InputPageModel<MergeModel.MergeInput>
{
    public string Name { get; private set; } = string.Empty;

    public int Households { get; private set; }

    /// <summary>The town's other communities that are not retired, with their household counts.</summary>
    public IReadOnlyList<(Guid Id, string Name, int Households)> Others { get; private set; } = [];

    public async Task OnGetAsync(Guid id)
    {
        var community = await LoadAsync(id);
        Input = new MergeInput { On = clock.Today, Version = community.Version };
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var community = await LoadAsync(id);
        if (!ModelState.Validate(new MergeValidator(l), Input))
        {
            return Page();
        }

        var communities = await access.CommunitiesAsync($"community {id}: merge");
        var into = await communities.FirstOrDefaultAsync(c => c.Id == Input.IntoId);
        if (into is null)
        {
            ModelState.AddModelError("Input.IntoId", l["请从本镇（街道）的社区中选择。"]);
            return Page();
        }

        var sides = await (await access.WorkforceAsync($"community {id}: merge")).Where(w => w.CommunityId == id).ToListAsync();
        db.ExpectVersion(community, Input.Version);
        var (continued, history) = community.MergeInto(
            into,
            Input.On!.Value,
            Input.Households ?? into.Households + community.Households,
            await CommunityTiesQuery.OfAsync(db, access, id),
            await CommunityTiesQuery.OfAsync(db, access, into.Id),
            sides,
            Domain.Registration.ActorStamp.Of(access.Actor, clock.UtcNow));
        db.WorkforceAssignments.AddRange(continued);
        db.CommunityChanges.AddRange(history);
        await db.SaveChangesAsync();
        TempData["Saved"] = l["{0}已并入{1}。", community.Name, into.Name].Value;
        return RedirectToPage("/Communities/Details", new { id = into.Id });
    }

    private async Task<Community> LoadAsync(Guid id)
    {
        var communities = await access.CommunitiesAsync($"community {id}: merge");
        var community = await communities.FirstOrDefaultAsync(c => c.Id == id && c.RetiredOn == null).OrNotFound("Community", id);
        (Name, Households) = (community.Name, community.Households);
        Others = (await communities.Where(c => c.Id != id && c.RetiredOn == null).OrderBy(c => c.Name).Select(c => new { c.Id, c.Name, c.Households }).ToListAsync())
            .Select(c => (c.Id, c.Name, c.Households)).ToList();
        return community;
    }

    public sealed class MergeInput
    {
        /// <summary>The community this one goes into.</summary>
        public Guid? IntoId { get; set; }

        public DateOnly? On { get; set; }

        /// <summary>The households of the merged community; empty: the two counts added up.</summary>
        public int? Households { get; set; }

        public uint Version { get; set; }
    }

    public sealed class MergeValidator : AbstractValidator<MergeInput>
    {
        public MergeValidator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(x => x.IntoId).NotNull().WithMessage(_ => l["请选择并入哪个社区。"]);
            RuleFor(x => x.On).NotNull().WithMessage(_ => l["请输入生效日期。"]);
            RuleFor(x => x.Households).InclusiveBetween(0, Community.MaxHouseholds).When(x => x.Households is not null)
                .WithMessage(_ => l["户数必须在 0 到 {0} 之间。", Community.MaxHouseholds]);
        }
    }
}
