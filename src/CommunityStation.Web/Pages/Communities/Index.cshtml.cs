namespace CommunityStation.Web.Pages.Communities;

/// <summary>
/// Communities of the user's tenant; for the bureau and admin, of every tenant (city-read mode,
/// audited), read-only.
/// </summary>
public sealed class IndexModel(AppDbContext db, UserAccess access) : TenantListPageModel<IndexModel.Row>
{
    /// <summary>Also the communities merged into others (retired), which stay readable.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Retired { get; set; }

    public async Task OnGetAsync()
    {
        await ReadScopeAsync(access, db, "communities: city-wide list");
        var query = from c in db.Communities
                    join t in db.Tenants on c.TenantId equals t.Id
                    select new { c, TenantName = t.Name };
        if (TenantFilter is { } tenantId)
        {
            query = query.Where(x => x.c.TenantId == tenantId);
        }

        if (!Retired)
        {
            query = query.Where(x => x.c.RetiredOn == null);
        }

        if (SearchTerm is { } term)
        {
            query = query.Where(x => x.c.Name.Contains(term));
        }

        Rows = await query.ToKeysetPageAsync(
            Request,
            k => k.By(x => x.TenantName).Then(x => x.c.Name).Then(x => x.c.Id),
            x => new Row(x.c.Id, x.TenantName, x.c.Name, x.c.Households, x.c.RcTermStart, x.c.RcTermEnd, x.c.RcDirectorName, x.c.PartySecretaryName, x.c.RetiredOn));
    }

    public sealed record Row(Guid Id, string Tenant, string Name, int Households, DateOnly RcTermStart, DateOnly RcTermEnd, string? RcDirector, string? PartySecretary, DateOnly? RetiredOn);
}
