using CommunityStation.Domain.Tenancy;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CommunityStation.Web.Pages.Admin.Tenants;

/// <summary>What Create and Edit share: name, kind and division code, their checks, and the uniqueness checks at each field.</summary>
public class TenantInput
{
    public string? Name { get; set; }

    public TenantKind? Kind { get; set; }

    /// <summary>The administrative division code (9 or 12 digits).</summary>
    [Code]
    public string? OfficialCode { get; set; }
}

public static class TenantForm
{
    public static readonly IReadOnlyList<TenantKind> Kinds = [TenantKind.Town, TenantKind.Subdistrict, TenantKind.ZoneCommittee];

    /// <summary>
    /// Another tenant (retired ones too: their names and codes are never reused) already has this name, division code
    /// or URL code: a message at that field.
    /// </summary>
    public static async Task CheckUniqueAsync(AppDbContext db, ModelStateDictionary modelState, IStringLocalizer<SharedResource> l, Guid? self, TenantInput input, string? code = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(input);
        var others = db.Tenants.Where(t => t.Id != self);
        var name = TextNormalizer.Text(input.Name);
        var official = Tenant.NormalizeOfficialCode(input.OfficialCode);
        if (await others.Where(t => t.Name == name).Select(t => t.Code).FirstOrDefaultAsync() is { } byName)
        {
            modelState.AddModelError("Input.Name", l["名称{0}已被简码 {1} 使用。", name, byName]);
        }

        if (official is not null && await others.Where(t => t.OfficialCode == official).Select(t => t.Name).FirstOrDefaultAsync() is { } byOfficial)
        {
            modelState.AddModelError("Input.OfficialCode", l["区划代码 {0} 已被{1}使用。", official, byOfficial]);
        }

        var folded = Tenant.NormalizeCode(code);
        if (code is not null && await others.Where(t => t.Code == folded).Select(t => new { t.Name, t.RetiredOn }).FirstOrDefaultAsync() is { } byCode)
        {
            modelState.AddModelError("Input.Code", byCode.RetiredOn is null
                ? l["简码 {0} 已被{1}使用。", folded, byCode.Name]
                : l["简码 {0} 属于已撤销的{1}，不能再用。", folded, byCode.Name]);
        }
    }

    public sealed class TenantValidator : AbstractValidator<TenantInput>
    {
        public TenantValidator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(x => x.Name).NotEmpty().WithMessage(_ => l["请输入名称。"])
                .MaximumLength(Tenant.MaxNameLength).WithMessage(_ => l["名称不能为空，且不超过 {0} 个字。", Tenant.MaxNameLength]);
            RuleFor(x => x.Kind).NotNull().WithMessage(_ => l["请选择类型（镇、街道或管委会）。"])
                .IsInEnum().WithMessage(_ => l["请选择类型（镇、街道或管委会）。"]);
            RuleFor(x => x.OfficialCode).Matches("^([0-9]{9}|[0-9]{12})$").When(x => !string.IsNullOrWhiteSpace(x.OfficialCode))
                .WithMessage(_ => l["区划代码须为 9 位（乡级区划代码）或 12 位（统计用区划代码）数字。"]);
        }
    }
}
