using CommunityStation.Domain.ServiceDesk;
using CommunityStation.Web.Infrastructure.Validation;

namespace CommunityStation.Web.Pages.Desk;

/// <summary>The intake form: the resident (chosen, new, or none), the item, desk and channel, and the request.</summary>
public sealed class IntakeInput
{
    public Guid? IntakeToken { get; set; }

    public Guid? ResidentId { get; set; }

    public bool Anonymous { get; set; }

    public string? ResidentName { get; set; }

    [Code]
    public string? ResidentIdNumber { get; set; }

    [Code]
    public string? ResidentPhone { get; set; }

    public bool ElderlyOrDisabled { get; set; }

    public Guid? ServiceItemId { get; set; }

    public Guid? DeskId { get; set; }

    public CaseChannel Channel { get; set; } = CaseChannel.WalkIn;

    public bool ConsentRecorded { get; set; }

    [MultiLine]
    public string? Request { get; set; }
}

/// <summary>The form's own checks; the case's rules are ServiceCase.Receive's.</summary>
public sealed class IntakeValidator : AbstractValidator<IntakeInput>
{
    public IntakeValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.ServiceItemId).NotNull().WithMessage(_ => l["请选择服务事项。"]);
        RuleFor(x => x.Channel).IsInEnum().WithMessage(_ => l["请选择受理渠道。"]);
        RuleFor(x => x.ConsentRecorded).Equal(true).When(x => x.Channel == CaseChannel.OnBehalf).WithMessage(_ => l["代办须记录居民本人的同意（规则 P2）。"]);
        RuleFor(x => x.Request).NotEmpty().WithMessage(_ => l["请填写诉求内容。"]).MaximumLength(ServiceCase.MaxTextLength).WithMessage(_ => l["不超过 {0} 个字。", ServiceCase.MaxTextLength]);
        RuleFor(x => x.ResidentName).NotEmpty().When(x => x.ResidentId is null && !x.Anonymous).WithMessage(_ => l["请填写居民姓名，或勾选“不愿留名”。"])
            .MaximumLength(30).WithMessage(_ => l["不超过 {0} 个字。", 30]);
        RuleFor(x => x.ResidentIdNumber).ChineseIdNumber();
        RuleFor(x => x.ResidentPhone).ChinesePhoneNumber();
    }
}
