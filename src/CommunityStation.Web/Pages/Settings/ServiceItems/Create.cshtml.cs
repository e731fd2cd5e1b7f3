using CommunityStation.Domain.Duties;

namespace CommunityStation.Web.Pages.Settings.ServiceItems;

/// <summary>The bureau adds a service item under one of the fixed duty areas (?area=D5).</summary>
public sealed class CreateModel(AppDbContext db, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Area { get; set; }

    [BindProperty]
    public ServiceItemInput Input { get; set; } = new();

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
        if (!ModelState.Validate(new ServiceItemValidator(localizer), Input))
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
}
