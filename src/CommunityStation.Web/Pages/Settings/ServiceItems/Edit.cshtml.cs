using CommunityStation.Domain.Duties;

namespace CommunityStation.Web.Pages.Settings.ServiceItems;

/// <summary>
/// The bureau renames a service item, changes its promised days (P2) or retires it. Items are never
/// deleted: cases refer to them, so an unused one is made inactive.
/// </summary>
public sealed class EditModel(AppDbContext db, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public EditInput Input { get; set; } = new();

    public CreateModel.AreaView DutyArea { get; private set; } = null!;

    public Guid Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var found = await db.ServiceItems.Where(i => i.Id == id)
            .Select(i => new { i.DutyAreaCode, Input = new EditInput { NameZh = i.NameZh, NameEn = i.NameEn, PromisedDays = i.PromisedDays, IsActive = i.IsActive, Version = i.Version } })
            .FirstOrDefaultAsync().OrNotFound("ServiceItem", id);

        Input = found.Input;
        Id = id;
        await LoadAsync(found.DutyAreaCode);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var item = await db.ServiceItems.FirstOrDefaultAsync(i => i.Id == id).OrNotFound("ServiceItem", id);

        Id = id;
        await LoadAsync(item.DutyAreaCode);
        if (!ModelState.Validate<ServiceItemInput>(new ServiceItemValidator(localizer), Input))
        {
            return Page();
        }

        // The domain folds full-width characters; compare what will be stored.
        var name = TextNormalizer.Text(Input.NameZh);
        if (await db.ServiceItems.AnyAsync(i => i.DutyAreaCode == item.DutyAreaCode && i.NameZh == name && i.Id != id))
        {
            ModelState.AddModelError("Input.NameZh", localizer["{0} 下已有同名的服务事项。", item.DutyAreaCode]);
            return Page();
        }

        // The version the user saw: if someone saved in between, SaveChanges raises a concurrency error.
        db.ExpectVersion(item, Input.Version);
        item.Update(Input.NameZh!, Input.NameEn ?? string.Empty, Input.PromisedDays!.Value, Input.IsActive);
        await db.SaveChangesAsync();
        TempData["Saved"] = localizer["已保存。"].Value;
        return RedirectToPage("/Settings/ServiceItems/Index", new { area = item.DutyAreaCode });
    }

    private async Task LoadAsync(string areaCode)
    {
        DutyArea = await db.DutyAreas.Where(a => a.Code == areaCode)
            .Select(a => new CreateModel.AreaView(a.Code, a.NameZh, a.NameEn))
            .FirstAsync();
    }

    public sealed class EditInput : ServiceItemInput
    {
        public bool IsActive { get; set; }

        public uint Version { get; set; }
    }
}
