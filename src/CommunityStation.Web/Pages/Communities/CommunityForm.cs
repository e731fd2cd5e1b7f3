using CommunityStation.Domain.Communities;

namespace CommunityStation.Web.Pages.Communities;

/// <summary>The particulars Create and Edit share: households (S1), the RC term (H2) and the party organisation.</summary>
public abstract class CommunityParticularsInput
{
    public int? Households { get; set; }

    public DateOnly? RcTermStart { get; set; }

    public DateOnly? RcTermEnd { get; set; }

    public string? PartyOrganisation { get; set; }
}

public sealed class CommunityParticularsValidator : AbstractValidator<CommunityParticularsInput>
{
    public CommunityParticularsValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.Households).NotNull().WithMessage(_ => l["请输入户数。"])
            .InclusiveBetween(0, Community.MaxHouseholds).WithMessage(_ => l["户数必须在 0 到 {0} 之间。", Community.MaxHouseholds]);
        RuleFor(x => x.RcTermStart).NotNull().WithMessage(_ => l["请输入任期开始日期。"]);
        RuleFor(x => x.RcTermEnd).NotNull().WithMessage(_ => l["请输入任期结束日期。"])
            .GreaterThan(x => x.RcTermStart).When(x => x.RcTermStart is not null).WithMessage(_ => l["居委会任期结束日期必须晚于开始日期。"]);
        RuleFor(x => x.PartyOrganisation).MaximumLength(100).WithMessage(_ => l["不超过 {0} 个字。", 100]);
    }
}

/// <summary>A community's new name, as Create and Rename check it.</summary>
public static class CommunityNameRule
{
    public static IRuleBuilderOptions<T, string?> CommunityName<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer<SharedResource> l) =>
        rule.NotEmpty().WithMessage(_ => l["请输入社区名称。"])
            .MaximumLength(Community.MaxNameLength).WithMessage(_ => l["社区名称不超过 {0} 个字。", Community.MaxNameLength]);
}
