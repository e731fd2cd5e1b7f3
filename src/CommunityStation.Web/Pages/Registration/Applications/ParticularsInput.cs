using CommunityStation.Web.Infrastructure.Validation;

namespace CommunityStation.Web.Pages.Registration.Applications;

/// <summary>The particulars form shared by Create and Edit: proposed head (S3), premises (B3), capital (N1).</summary>
public sealed class ParticularsInput
{
    public static readonly IReadOnlyList<string> EducationLevels = ["初中", "高中", "中专", "大专", "本科", "研究生"];

    public static readonly IReadOnlyList<string> UseRightBases = ["产权自有", "无偿划拨使用", "租赁", "借用"];

    public string? HeadName { get; set; }

    [Code]
    public string? HeadIdNumber { get; set; }

    [Code]
    public string? HeadPhone { get; set; }

    public string? HeadEducation { get; set; }

    public bool HeadIsSecretaryOrDirector { get; set; }

    public string? PremisesAddress { get; set; }

    [Code]
    public decimal? PremisesAreaSqm { get; set; }

    public string? PremisesUseRightBasis { get; set; }

    [Code]
    public decimal? RegisteredCapital { get; set; }

    public string? CapitalSource { get; set; }

    public uint Version { get; set; }

    public ApplicationParticulars ToParticulars() => new(
        HeadName ?? string.Empty,
        HeadIdNumber ?? string.Empty,
        HeadPhone ?? string.Empty,
        HeadEducation ?? string.Empty,
        HeadIsSecretaryOrDirector,
        PremisesAddress ?? string.Empty,
        PremisesAreaSqm ?? 0,
        PremisesUseRightBasis ?? string.Empty,
        RegisteredCapital ?? 0,
        CapitalSource ?? string.Empty);

    public static ParticularsInput From(StationApplication a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return From(a.Particulars, a.Version);
    }

    /// <summary>The form filled with <paramref name="p"/>, at the <paramref name="version"/> the user saw.</summary>
    public static ParticularsInput From(ApplicationParticulars p, uint version = 0)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new()
        {
            HeadName = p.HeadName,
            HeadIdNumber = p.HeadIdNumber,
            HeadPhone = p.HeadPhone,
            HeadEducation = p.HeadEducation,
            HeadIsSecretaryOrDirector = p.HeadIsSecretaryOrDirector,
            PremisesAddress = p.PremisesAddress,
            PremisesAreaSqm = p.PremisesAreaSqm,
            PremisesUseRightBasis = p.PremisesUseRightBasis,
            RegisteredCapital = p.RegisteredCapital,
            CapitalSource = p.CapitalSource,
            Version = version,
        };
    }
}

public sealed class ParticularsValidator : AbstractValidator<ParticularsInput>
{
    public ParticularsValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.HeadName).NotEmpty().WithMessage(_ => l["请填写拟任站长姓名。"]).MaximumLength(30).WithMessage(_ => l["不超过 {0} 个字。", 30]);
        RuleFor(x => x.HeadIdNumber).NotEmpty().WithMessage(_ => l["请填写身份证号码。"]).ChineseIdNumber();
        RuleFor(x => x.HeadPhone).NotEmpty().WithMessage(_ => l["请填写联系电话。"]).ChinesePhoneNumber();
        RuleFor(x => x.HeadEducation).NotEmpty().WithMessage(_ => l["请选择学历。"])
            .Must(e => e is null || ParticularsInput.EducationLevels.Contains(e)).WithMessage(_ => l["请选择学历。"]);
        RuleFor(x => x.PremisesAddress).NotEmpty().WithMessage(_ => l["请填写社区事务受理大厅地址（规则 B3）。"]).MaximumLength(200).WithMessage(_ => l["不超过 {0} 个字。", 200]);
        RuleFor(x => x.PremisesAreaSqm).NotNull().WithMessage(_ => l["请填写面积。"])
            .GreaterThan(0).WithMessage(_ => l["面积须大于 0。"]).LessThanOrEqualTo(100_000).WithMessage(_ => l["面积过大。"]);
        RuleFor(x => x.PremisesUseRightBasis).NotEmpty().WithMessage(_ => l["请说明使用权依据（规则 B3）。"]).MaximumLength(200).WithMessage(_ => l["不超过 {0} 个字。", 200]);
        RuleFor(x => x.RegisteredCapital).NotNull().WithMessage(_ => l["请填写注册资金。"])
            .GreaterThanOrEqualTo(0).WithMessage(_ => l["金额不能为负。"]).LessThanOrEqualTo(1_000_000_000).WithMessage(_ => l["金额过大。"]);
        RuleFor(x => x.CapitalSource).NotEmpty().WithMessage(_ => l["请填写资金来源。"]).MaximumLength(200).WithMessage(_ => l["不超过 {0} 个字。", 200]);
    }
}
