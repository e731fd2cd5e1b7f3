using CommunityStation.Domain.Duties;

namespace CommunityStation.Web.Pages.Settings.ServiceItems;

/// <summary>What Create and Edit share: the item's names and its promised days (P2), and their checks.</summary>
public class ServiceItemInput
{
    public string? NameZh { get; set; }

    public string? NameEn { get; set; }

    public int? PromisedDays { get; set; }
}

public sealed class ServiceItemValidator : AbstractValidator<ServiceItemInput>
{
    public const int MaxNameEnLength = 120;

    public ServiceItemValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.NameZh).NotEmpty().WithMessage(_ => l["请输入服务事项名称。"])
            .Must(s => TextNormalizer.Text(s).Length <= ServiceItem.MaxNameLength)
            .WithMessage(_ => l["服务事项名称不超过 {0} 个字。", ServiceItem.MaxNameLength]);
        RuleFor(x => x.NameEn).Must(s => TextNormalizer.Text(s).Length <= MaxNameEnLength)
            .WithMessage(_ => l["英文名称不超过 {0} 个字符。", MaxNameEnLength]);
        RuleFor(x => x.PromisedDays).NotNull().WithMessage(_ => l["请输入承诺办结天数。"])
            .InclusiveBetween(1, ServiceItem.MaxPromisedDays)
            .WithMessage(_ => l["承诺办结天数必须在 1 到 {0} 之间。", ServiceItem.MaxPromisedDays]);
    }
}
