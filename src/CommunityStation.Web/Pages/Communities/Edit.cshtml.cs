using CommunityStation.Domain.Communities;

namespace CommunityStation.Web.Pages.Communities;

/// <summary>A town official edits one of their own tenant's communities (households drive S1).</summary>
public sealed class EditModel(AppDbContext db, UserAccess access, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public EditInput Input { get; set; } = new();

    public string TenantName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        Input = await (await access.CommunitiesAsync($"community {id}")).Where(c => c.Id == id)
            .Select(c => new EditInput
            {
                Name = c.Name,
                Households = c.Households,
                RcTermStart = c.RcTermStart,
                RcTermEnd = c.RcTermEnd,
                PartyOrganisation = c.PartyOrganisation,
                RcDirectorName = c.RcDirectorName,
                PartySecretaryName = c.PartySecretaryName,
                Version = c.Version,
            })
            .FirstOrDefaultAsync()
            .OrNotFound("Community", id);
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var community = await (await access.CommunitiesAsync($"community {id}")).FirstOrDefaultAsync(c => c.Id == id).OrNotFound("Community", id);

        await LoadAsync();
        if (!ModelState.Validate(new EditValidator(localizer), Input))
        {
            return Page();
        }

        // The version the user saw: if someone saved in between, SaveChanges raises a concurrency error.
        db.ExpectVersion(community, Input.Version);
        community.UpdateParticulars(
            Input.Name!,
            Input.Households!.Value,
            Input.RcTermStart!.Value,
            Input.RcTermEnd!.Value,
            Input.PartyOrganisation,
            Input.RcDirectorName,
            Input.PartySecretaryName);
        await db.SaveChangesAsync();
        TempData["Saved"] = localizer["已保存。"].Value;
        return RedirectToPage("/Communities/Details", new { id });
    }

    private async Task LoadAsync()
    {
        var tenantId = access.TenantId;
        TenantName = await db.Tenants.Where(t => t.Id == tenantId).Select(t => t.Name).FirstOrDefaultAsync() ?? string.Empty;
    }

    public sealed class EditInput
    {
        public string? Name { get; set; }

        public int? Households { get; set; }

        public DateOnly? RcTermStart { get; set; }

        public DateOnly? RcTermEnd { get; set; }

        public string? PartyOrganisation { get; set; }

        public string? RcDirectorName { get; set; }

        public string? PartySecretaryName { get; set; }

        public uint Version { get; set; }
    }

    public sealed class EditValidator : AbstractValidator<EditInput>
    {
        public EditValidator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(x => x.Name).NotEmpty().WithMessage(_ => l["请输入社区名称。"])
                .MaximumLength(Community.MaxNameLength).WithMessage(_ => l["社区名称不超过 {0} 个字。", Community.MaxNameLength]);
            RuleFor(x => x.Households).NotNull().WithMessage(_ => l["请输入户数。"])
                .InclusiveBetween(0, Community.MaxHouseholds).WithMessage(_ => l["户数必须在 0 到 {0} 之间。", Community.MaxHouseholds]);
            RuleFor(x => x.RcTermStart).NotNull().WithMessage(_ => l["请输入任期开始日期。"]);
            RuleFor(x => x.RcTermEnd).NotNull().WithMessage(_ => l["请输入任期结束日期。"])
                .GreaterThan(x => x.RcTermStart).When(x => x.RcTermStart is not null).WithMessage(_ => l["居委会任期结束日期必须晚于开始日期。"]);
            RuleFor(x => x.PartyOrganisation).MaximumLength(100).WithMessage(_ => l["不超过 {0} 个字。", 100]);
            RuleFor(x => x.RcDirectorName).MaximumLength(Community.MaxPersonNameLength).WithMessage(_ => l["不超过 {0} 个字。", Community.MaxPersonNameLength]);
            RuleFor(x => x.PartySecretaryName).MaximumLength(Community.MaxPersonNameLength).WithMessage(_ => l["不超过 {0} 个字。", Community.MaxPersonNameLength]);
        }
    }
}
