using CommunityStation.Domain.Tenancy;

namespace CommunityStation.Web.Pages.Admin.Tenants;

/// <summary>辖区管理: every town, subdistrict and zone committee, for the administrator; retired ones on request.</summary>
public sealed class IndexModel(AppDbContext db) : ListPageModel<IndexModel.Row>
{
    [BindProperty(SupportsGet = true)]
    public bool Retired { get; set; }

    public async Task OnGetAsync()
    {
        var query = db.Tenants.Where(t => Retired || t.RetiredOn == null);
        Rows = await query.ToKeysetPageAsync(
            Request,
            k => k.By(t => t.Code).Then(t => t.Id),
            t => new Row(t.Id, t.Name, t.Kind, t.OfficialCode, t.Code, t.RetiredOn));
    }

    public sealed record Row(Guid Id, string Name, TenantKind Kind, string? OfficialCode, string Code, DateOnly? RetiredOn);
}
