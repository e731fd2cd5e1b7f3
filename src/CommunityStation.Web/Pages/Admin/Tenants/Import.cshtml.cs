using CommunityStation.Domain.Tenancy;
using CommunityStation.Web.Infrastructure.Export;

namespace CommunityStation.Web.Pages.Admin.Tenants;

/// <summary>The administrator imports the city's towns, subdistricts and zone committees from XLSX or CSV (<see cref="TenantImport"/>).</summary>
public sealed class ImportModel(AppDbContext db, IStringLocalizer<SharedResource> l) : ImportPageModel(l)
{
    public override IReadOnlyList<string> Columns => TenantImport.Columns;

    public override string Title => "批量导入镇（街道）";

    public override bool OffersUpdate => true;

    public override string? Hint => "每行一个镇、街道或管委会；类型填 镇、街道 或 管委会；简码用于网址，创建后不能修改。";

    public Task<IActionResult> OnGetTemplateAsync(string? format) => TemplateAsync(format, "tenants-import-template", TenantImport.Example);

    protected override async Task ImportAsync(IReadOnlyList<(int Line, IReadOnlyList<string> Cells)> lines) =>
        await SaveAsync(db, TenantImport.Plan(lines, await db.Tenants.ToListAsync(), UpdateExisting));
}
