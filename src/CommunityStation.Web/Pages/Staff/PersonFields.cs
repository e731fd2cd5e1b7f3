using CommunityStation.Web.Infrastructure.Validation;

namespace CommunityStation.Web.Pages.Staff;

/// <summary>
/// Someone's particulars as a form asks for them (P1 for the register, H3 for a campaign's applicant); the fields are
/// <c>_PersonFields.cshtml</c>. The domain checks them again (<see cref="PersonParticulars.Create"/>).
/// </summary>
public sealed class PersonInput
{
    public string? Name { get; set; }

    [Code]
    public string? IdNumber { get; set; }

    [Code]
    public string? Phone { get; set; }

    public Education? Education { get; set; }

    public ComputerSkill Computer { get; set; }

    public bool SocialWorkMajor { get; set; }

    public bool SocialWorkerCertificate { get; set; }

    /// <summary>The particulars as the domain keeps them; refusals name <paramref name="rule"/>.</summary>
    public PersonParticulars ToParticulars(string rule) =>
        PersonParticulars.Create(Name, IdNumber, Phone, Education ?? default, Computer, SocialWorkMajor, SocialWorkerCertificate, rule);

    /// <summary>The ID number as stored (GB 11643, upper-case X), or empty when it is not valid.</summary>
    public string CanonicalIdNumber => ChineseIdNumber.TryParse(IdNumber, out var parsed, out _) ? parsed!.Value : string.Empty;
}

public sealed class PersonInputValidator : AbstractValidator<PersonInput>
{
    public PersonInputValidator(IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(l);
        RuleFor(x => x.Name).NotEmpty().WithMessage(_ => l["请填写姓名。"]).MaximumLength(PersonParticulars.MaxNameLength).WithMessage(_ => l["不超过 {0} 个字。", PersonParticulars.MaxNameLength]);
        RuleFor(x => x.IdNumber).NotEmpty().WithMessage(_ => l["请填写身份证号码。"]).ChineseIdNumber();
        RuleFor(x => x.Phone).ChinesePhoneNumber();
        RuleFor(x => x.Education).NotNull().WithMessage(_ => l["请选择学历。"]).IsInEnum();
        RuleFor(x => x.Computer).IsInEnum();
    }
}
