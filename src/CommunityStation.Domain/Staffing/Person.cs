using CommunityStation.Domain.Common;

namespace CommunityStation.Domain.Staffing;

/// <summary>
/// P1: someone in a town's register of people: who they are and what H1/H3 ask of them (age from the
/// ID number's birth date, education, computer skill, social-work background).
/// </summary>
public sealed class Person : TenantEntity
{
    public Person(Guid tenantId, Guid id, string name, string idNumber, string? phone, Education education, ComputerSkill computer, bool socialWorkMajor, bool socialWorkerCertificate)

        : base(tenantId, id)
    {
        Name = string.Empty;
        IdNumber = string.Empty;
        Update(name, idNumber, phone, education, computer, socialWorkMajor, socialWorkerCertificate);
    }

    private Person()
    {
        Name = string.Empty;
        IdNumber = string.Empty;
    }

    public string Name { get; private set; }

    public Gender Gender { get; private set; }

    public DateOnly BirthDate { get; private set; }

    public string IdNumber { get; private set; }

    public string? Phone { get; private set; }

    public Education Education { get; private set; }

    public ComputerSkill Computer { get; private set; }

    public bool SocialWorkMajor { get; private set; }

    public bool SocialWorkerCertificate { get; private set; }

    public uint Version { get; private set; }

    /// <summary>H3's preference: social-work graduates or holders of the social worker certificate.</summary>
    public bool HasSocialWorkBackground => SocialWorkMajor || SocialWorkerCertificate;

    /// <summary>Age in whole years on <paramref name="date"/> (周岁, counted by <see cref="ChineseAge"/>).</summary>
    public int AgeOn(DateOnly date) => ChineseAge.On(BirthDate, date);

    /// <summary>Sets the person's details; returns whether any of them changed (an import reports unchanged rows).</summary>
    public bool Update(string name, string idNumber, string? phone, Education education, ComputerSkill computer, bool socialWorkMajor, bool socialWorkerCertificate)
    {
        var before = (Name, IdNumber, Phone, Education, Computer, SocialWorkMajor, SocialWorkerCertificate);
        var folded = TextNormalizer.Text(name);
        Name = folded.Length is > 0 and <= 30 ? folded : throw new DomainException("P1", "请填写姓名（不超过 30 个字）。", "Name");
        if (!ChineseIdNumber.TryParse(idNumber, out var id, out _))
        {
            throw new DomainException("P1", "身份证号码无效（GB 11643）。", "IdNumber");
        }

        IdNumber = id!.Value;
        BirthDate = id.BirthDate;
        Gender = id.IsMale ? Gender.Male : Gender.Female;
        Phone = string.IsNullOrWhiteSpace(phone) ? null
            : ChinesePhoneNumber.TryParse(phone, out var p, out _) ? p!.Value : throw new DomainException("P1", "联系电话无效：请填写手机号码或带区号的固定电话。", "Phone");
        Education = Enum.IsDefined(education) ? education : throw new DomainException("P1", "请选择学历。", "Education");
        Computer = computer;
        SocialWorkMajor = socialWorkMajor;
        SocialWorkerCertificate = socialWorkerCertificate;
        return before != (Name, IdNumber, Phone, Education, Computer, SocialWorkMajor, SocialWorkerCertificate);
    }
}
