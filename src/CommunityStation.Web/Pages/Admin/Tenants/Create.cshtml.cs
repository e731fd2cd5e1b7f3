using CommunityStation.Domain.Tenancy;

namespace CommunityStation.Web.Pages.Admin.Tenants;

/// <summary>The administrator sets up a town, subdistrict or zone committee: name, kind, division code and URL code.</summary>
public sealed class CreateModel(AppDbContext db, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public CreateInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.Validate(new CreateValidator(l), Input))
        {
            await TenantForm.CheckUniqueAsync(db, ModelState, l, null, Input, Input.Code);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var tenant = Tenant.Create(Guid.CreateVersion7(), Input.Code!, Input.Name!, Input.Kind!.Value, Input.OfficialCode);
        db.Tenants.Add(tenant);
        await db.SaveChangesAsync();
        TempData["Saved"] = l["已创建{0}（简码 {1}）。", tenant.Name, tenant.Code].Value;
        return RedirectToPage("/Admin/Tenants/Index");
    }

    public sealed class CreateInput : TenantInput
    {
        /// <summary>The URL code (lower-case letters, digits, hyphens), fixed once created.</summary>
        [Code]
        public string? Code { get; set; }
    }

    public sealed class CreateValidator : AbstractValidator<CreateInput>
    {
        public CreateValidator(IStringLocalizer<SharedResource> l)
        {
            Include(new TenantForm.TenantValidator(l));
            RuleFor(x => x.Code).Cascade(CascadeMode.Stop).NotEmpty().WithMessage(_ => l["请输入简码。"])
                .Must(c => System.Text.RegularExpressions.Regex.IsMatch(Tenant.NormalizeCode(c), "^[a-z][a-z0-9-]{1,39}$"))
                .WithMessage(_ => l["简码须为 2 到 40 个小写英文字母、数字或连字符，以字母开头（例如 yicheng）。"]);
        }
    }
}
