namespace CommunityStation.Web.Pages.Admin.Tenants;

/// <summary>The administrator corrects a tenant's name, kind or division code; the URL code stays (receipts and plates carry it).</summary>
public sealed class EditModel(AppDbContext db, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public EditInput Input { get; set; } = new();

    public string Code { get; private set; } = string.Empty;

    public async Task OnGetAsync(Guid id)
    {
        var tenant = await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id && t.RetiredOn == null).OrNotFound("Tenant", id);
        Code = tenant.Code;
        Input = new EditInput { Name = tenant.Name, Kind = tenant.Kind, OfficialCode = tenant.OfficialCode, Version = tenant.Version };
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var tenant = await db.Tenants.FirstOrDefaultAsync(t => t.Id == id && t.RetiredOn == null).OrNotFound("Tenant", id);
        Code = tenant.Code;
        if (ModelState.Validate(new TenantForm.TenantValidator(l), Input))
        {
            await TenantForm.CheckUniqueAsync(db, ModelState, l, id, Input);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.ExpectVersion(tenant, Input.Version);
        tenant.Update(Input.Name!, Input.Kind!.Value, Input.OfficialCode);
        await db.SaveChangesAsync();
        TempData["Saved"] = l["已保存。"].Value;
        return RedirectToPage("/Admin/Tenants/Index");
    }

    public sealed class EditInput : TenantInput
    {
        public uint Version { get; set; }
    }
}
