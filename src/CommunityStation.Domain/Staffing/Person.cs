namespace CommunityStation.Domain.Staffing;

/// <summary>
/// P1: someone in a town's register of people: who they are and what H1/H3 ask of them (age from the
/// ID number's birth date, education, computer skill, social-work background).
/// </summary>
public sealed class Person : PersonRecord
{
    public Person(Guid tenantId, Guid id, string name, string idNumber, string? phone, Education education, ComputerSkill computer, bool socialWorkMajor, bool socialWorkerCertificate)
        : this(tenantId, id, PersonParticulars.Create(name, idNumber, phone, education, computer, socialWorkMajor, socialWorkerCertificate, "P1"))
    {
    }

    /// <summary>A new person with checked particulars (a campaign's hire brings an outside applicant into the register, H4).</summary>
    public Person(Guid tenantId, Guid id, PersonParticulars particulars)
        : base(tenantId, id, particulars)
    {
    }

    private Person()
    {
    }

    public uint Version { get; private set; }

    /// <summary>Sets the person's details; returns whether any of them changed (an import reports unchanged rows).</summary>
    public bool Update(string name, string idNumber, string? phone, Education education, ComputerSkill computer, bool socialWorkMajor, bool socialWorkerCertificate) =>
        SetParticulars(PersonParticulars.Create(name, idNumber, phone, education, computer, socialWorkMajor, socialWorkerCertificate, "P1"));
}
