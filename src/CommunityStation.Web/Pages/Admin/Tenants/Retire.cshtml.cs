using CommunityStation.Domain.Tenancy;

namespace CommunityStation.Web.Pages.Admin.Tenants;

/// <summary>
/// The administrator retires a tenant (a town merged away, a zone committee dissolved). Refused, with the counts,
/// while it still has registered stations, accounts that can sign in or people on a current workforce side; afterwards
/// it leaves every picker and stays readable in history and the audit trail, and its URL code is never reused.
/// </summary>
public sealed class RetireModel(AppDbContext db, UserAccess access, PortalClock clock, IStringLocalizer<SharedResource> l) : InputPageModel<RetireModel.RetireInput>
{
    public string Name { get; private set; } = string.Empty;

    public TenantHoldings Left { get; private set; } = new(0, 0, 0);

    public async Task OnGetAsync(Guid id)
    {
        var tenant = await LoadAsync(id);
        Input = new RetireInput { RetiredOn = clock.Today, Version = tenant.Version };
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var tenant = await LoadAsync(id);
        if (Input.RetiredOn is null)
        {
            ModelState.AddModelError("Input.RetiredOn", l["请输入撤销日期。"]);
            return Page();
        }

        db.ExpectVersion(tenant, Input.Version);
        tenant.Retire(Input.RetiredOn.Value, Left);
        await db.SaveChangesAsync();
        TempData["Saved"] = l["已撤销{0}；其记录和历史仍可查看。", tenant.Name].Value;
        return RedirectToPage("/Admin/Tenants/Index");
    }

    private async Task<Tenant> LoadAsync(Guid id)
    {
        var tenant = await db.Tenants.FirstOrDefaultAsync(t => t.Id == id && t.RetiredOn == null).OrNotFound("Tenant", id);
        Name = tenant.Name;
        var today = clock.Today;
        var stations = await (await access.StationsAsync($"tenant {id}: what is left before retiring"))
            .CountAsync(s => s.TenantId == id && s.Status == Domain.Registration.StationStatus.Registered);
        var staff = await (await access.WorkforceAsync($"tenant {id}: what is left before retiring"))
            .Where(w => w.TenantId == id && w.From <= today && (w.To == null || w.To >= today)).Select(w => w.PersonId).Distinct().CountAsync();
        var accounts = await db.Users.CountAsync(u => u.TenantId == id && !u.IsDisabled);
        Left = new TenantHoldings(stations, accounts, staff);
        return tenant;
    }

    public sealed class RetireInput
    {
        public DateOnly? RetiredOn { get; set; }

        public uint Version { get; set; }
    }
}
