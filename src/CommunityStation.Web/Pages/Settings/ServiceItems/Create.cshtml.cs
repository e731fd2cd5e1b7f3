using CommunityStation.Domain.Duties;

namespace CommunityStation.Web.Pages.Settings.ServiceItems;

/// <summary>The bureau adds a service item under one of the fixed duty areas (?area=D5).</summary>
public sealed class CreateModel(AppDbContext db, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Area { get; set; }

    [BindProperty]
    public CreateInput Input { get; set; } = new();

    public AreaView DutyArea { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await FindAreaAsync() is not { } area)
        {
            return await this.NotFoundAuditedAsync("DutyArea", Area);
        }

        DutyArea = area;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await FindAreaAsync() is not { } area)
        {
            return await this.NotFoundAuditedAsync("DutyArea", Area);
        }

        DutyArea = area;
        if (!ModelState.Validate(new CreateValidator(localizer), Input))
        {
            return Page();
        }

        // The domain folds full-width characters; compare what will be stored.
        var name = TextNormalizer.Text(Input.NameZh);
        if (await db.ServiceItems.AnyAsync(i => i.DutyAreaCode == area.Code && i.NameZh == name))
        {
            ModelState.AddModelError("Input.NameZh", localizer["{0} 下已有同名的服务事项。", area.Code]);
            return Page();
        }

        db.ServiceItems.Add(new ServiceItem(Guid.CreateVersion7(), area.Code, Input.NameZh!, Input.NameEn ?? string.Empty, Input.PromisedDays!.Value));
        await db.SaveChangesAsync();
        TempData["Saved"] = localizer["已新增服务事项“{0}”。", name].Value;
        return RedirectToPage("/Settings/ServiceItems/Index", new { area = area.Code });
    }

    private Task<AreaView?> FindAreaAsync()
    {
        var code = Area ?? string.Empty;
        return db.DutyAreas.Where(a => a.Code == code)
            .Select(a => new AreaView(a.Code, a.NameZh, a.NameEn))
            .FirstOrDefaultAsync();
    }

    public sealed record AreaView(string Code, string NameZh, string NameEn);

    public sealed class CreateInput
    {
        public string? NameZh { get; set; }

        public string? NameEn { get; set; }

        public int? PromisedDays { get; set; }
    }

    public sealed class CreateValidator : AbstractValidator<CreateInput>
    {
        public const int MaxNameEnLength = 120;

        public CreateValidator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(x => x.NameZh).NotEmpty().WithMessage(_ => l["请输入服务事项名称。"])
                .Must(s => TextNormalizer.Text(s).Length <= ServiceItem.MaxNameLength)
                .WithMessage(_ => l["服务事项名称不超过 {0} 个字。", ServiceItem.MaxNameLength]);
            RuleFor(x => x.NameEn).Must(s => TextNormalizer.Text(s).Length <= MaxNameEnLength)
                .WithMessage(_ => l["英文名称不超过 {0} 个字符。", MaxNameEnLength]);
            RuleFor(x => x.PromisedDays).NotNull().WithMessage(_ => l["请输入承诺办结天数。"])
                .InclusiveBetween(1, ServiceItem.MaxPromisedDays)
                .WithMessage(_ => l["承诺办结天数必须在 1 到 {0} 之间。", ServiceItem.MaxPromisedDays]);
        }
    }
}
