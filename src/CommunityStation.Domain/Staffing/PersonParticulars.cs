using CommunityStation.Domain.Common;

namespace CommunityStation.Domain.Staffing;

/// <summary>What the hiring conditions (H1, H3) look at: of a person in the register, or of a campaign's applicant.</summary>
public interface IQualified
{
    DateOnly BirthDate { get; }

    Education Education { get; }

    ComputerSkill Computer { get; }

    /// <summary>H3's preference: social-work graduates or holders of the social worker certificate.</summary>
    bool HasSocialWorkBackground { get; }
}

/// <summary>
/// Someone's particulars, checked once for the register (P1) and for a campaign's applicants (H3): name, a GB 11643
/// ID number (which gives the birth date and gender), a phone, education, computer level and social-work background.
/// </summary>
public sealed record PersonParticulars : IQualified
{
    public const int MaxNameLength = 30;

    private PersonParticulars()
    {
    }

    public string Name { get; private init; } = string.Empty;

    public string IdNumber { get; private init; } = string.Empty;

    public Gender Gender { get; private init; }

    public DateOnly BirthDate { get; private init; }

    public string? Phone { get; private init; }

    public Education Education { get; private init; }

    public ComputerSkill Computer { get; private init; }

    public bool SocialWorkMajor { get; private init; }

    public bool SocialWorkerCertificate { get; private init; }

    public bool HasSocialWorkBackground => SocialWorkMajor || SocialWorkerCertificate;

    /// <summary>Checks and normalises the particulars; refusals name <paramref name="rule"/> and the field (as the forms name it).</summary>
    public static PersonParticulars Create(
        string? name, string? idNumber, string? phone, Education education, ComputerSkill computer, bool socialWorkMajor, bool socialWorkerCertificate, string rule)
    {
        var folded = TextNormalizer.Text(name);
        if (folded.Length is 0 or > MaxNameLength)
        {
            throw new DomainException(rule, "请填写姓名（不超过 30 个字）。", "Name");
        }

        if (!ChineseIdNumber.TryParse(idNumber, out var id, out _))
        {
            throw new DomainException(rule, "身份证号码无效（GB 11643）。", "IdNumber");
        }

        string? number = null;
        if (!string.IsNullOrWhiteSpace(phone))
        {
            number = ChinesePhoneNumber.TryParse(phone, out var p, out _) ? p!.Value : throw new DomainException(rule, "联系电话无效：请填写手机号码或带区号的固定电话。", "Phone");
        }

        return new PersonParticulars
        {
            Name = folded,
            IdNumber = id!.Value,
            BirthDate = id.BirthDate,
            Gender = id.IsMale ? Gender.Male : Gender.Female,
            Phone = number,
            Education = Enum.IsDefined(education) ? education : throw new DomainException(rule, "请选择学历。", "Education"),
            Computer = Enum.IsDefined(computer) ? computer : throw new DomainException(rule, "请选择计算机水平。", "Computer"),
            SocialWorkMajor = socialWorkMajor,
            SocialWorkerCertificate = socialWorkerCertificate,
        };
    }
}

/// <summary>
/// A row that keeps someone's <see cref="PersonParticulars"/>: a person of the register (P1), or a campaign's applicant
/// (H3), who has their own particulars until hired.
/// </summary>
public abstract class PersonRecord : TenantEntity, IQualified
{
    protected PersonRecord(Guid tenantId, Guid id, PersonParticulars particulars)
        : base(tenantId, id)
    {
        ArgumentNullException.ThrowIfNull(particulars);
        SetParticulars(particulars);
    }

    protected PersonRecord()
    {
    }

    public string Name { get; private set; } = string.Empty;

    public Gender Gender { get; private set; }

    public DateOnly BirthDate { get; private set; }

    public string IdNumber { get; private set; } = string.Empty;

    public string? Phone { get; private set; }

    public Education Education { get; private set; }

    public ComputerSkill Computer { get; private set; }

    public bool SocialWorkMajor { get; private set; }

    public bool SocialWorkerCertificate { get; private set; }

    /// <summary>H3's preference: social-work graduates or holders of the social worker certificate.</summary>
    public bool HasSocialWorkBackground => SocialWorkMajor || SocialWorkerCertificate;

    /// <summary>Age in whole years on <paramref name="date"/> (周岁, counted by <see cref="ChineseAge"/>).</summary>
    public int AgeOn(DateOnly date) => ChineseAge.On(BirthDate, date);

    /// <summary>The particulars as one value (checked again, under <paramref name="rule"/>).</summary>
    public PersonParticulars ToParticulars(string rule) =>
        PersonParticulars.Create(Name, IdNumber, Phone, Education, Computer, SocialWorkMajor, SocialWorkerCertificate, rule);

    /// <summary>Sets the particulars; returns whether any of them changed.</summary>
    protected bool SetParticulars(PersonParticulars p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var before = (Name, IdNumber, Phone, Education, Computer, SocialWorkMajor, SocialWorkerCertificate);
        Name = p.Name;
        IdNumber = p.IdNumber;
        BirthDate = p.BirthDate;
        Gender = p.Gender;
        Phone = p.Phone;
        Education = p.Education;
        Computer = p.Computer;
        SocialWorkMajor = p.SocialWorkMajor;
        SocialWorkerCertificate = p.SocialWorkerCertificate;
        return before != (Name, IdNumber, Phone, Education, Computer, SocialWorkMajor, SocialWorkerCertificate);
    }
}
