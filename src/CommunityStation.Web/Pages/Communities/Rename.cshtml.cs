using CommunityStation.Domain.Communities;

namespace CommunityStation.Web.Pages.Communities;

/// <summary>
/// A town official renames a community. The history keeps the old name (community_changes). A registered station keeps
/// its registered R5 name, which is flagged until a change application is registered (the station's registered name is
/// the bureau's record, changed only by registration); a rename is refused while an application carries the old name.
/// </summary>
public sealed class RenameModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> l) : InputPageModel<RenameModel.RenameInput>
{
    public string CurrentName { get; private set; } = string.Empty;

    public async Task OnGetAsync(Guid id)
    {
        var community = await FindAsync(id);
        Input = new RenameInput { Name = community.Name, On = clock.Today, Version = community.Version };
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var community = await FindAsync(id);
        if (ModelState.Validate(new RenameValidator(l), Input) && await CommunityTiesQuery.NameTakenAsync(access, Input.Name!, id))
        {
            ModelState.AddModelError("Input.Name", l["本镇（街道）已有社区{0}（含已撤并的），请换一个名称。", Input.Name!]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var ties = await CommunityTiesQuery.OfAsync(db, access, id);
        db.ExpectVersion(community, Input.Version);
        db.CommunityChanges.Add(community.Rename(Input.Name!, Input.On!.Value, ties, Domain.Registration.ActorStamp.Of(access.Actor, clock.UtcNow)));
        await db.SaveChangesAsync();
        TempData["Saved"] = (ties.RegisteredStation
            ? l["已改名为{0}。本社区已登记的工作站名称须由社区提出变更登记后更新（规则 R5）。", community.Name]
            : l["已改名为{0}。", community.Name]).Value;
        return RedirectToPage("/Communities/Details", new { id });
    }

    private async Task<Community> FindAsync(Guid id)
    {
        var community = await (await access.CommunitiesAsync($"community {id}: rename")).FirstOrDefaultAsync(c => c.Id == id && c.RetiredOn == null).OrNotFound("Community", id);
        CurrentName = community.Name;
        return community;
    }

    public sealed class RenameInput
    {
        public string? Name { get; set; }

        public DateOnly? On { get; set; }

        public uint Version { get; set; }
    }

    public sealed class RenameValidator : AbstractValidator<RenameInput>
    {
        public RenameValidator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(x => x.Name).CommunityName(l);
            RuleFor(x => x.On).NotNull().WithMessage(_ => l["请输入生效日期。"]);
        }
    }
}
