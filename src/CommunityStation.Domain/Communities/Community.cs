using CommunityStation.Domain.Common;
using CommunityStation.Domain.Staffing;

namespace CommunityStation.Domain.Communities;

/// <summary>
/// A community (社区) with its residents' committee (RC) and party organisation. Belongs to one tenant
/// and has a household count (S1) and an RC term (换届; H2 bounds channel-A contracts by it).
/// </summary>
public sealed class Community : TenantEntity
{
    public const int MaxNameLength = 50;
    public const int MaxPersonNameLength = 30;
    public const int MaxHouseholds = 100_000;

    public Community(Guid tenantId, Guid id, string name, int households, DateOnly rcTermStart, DateOnly rcTermEnd)

        : base(tenantId, id)
    {
        Name = RequireName(name);
        SetHouseholds(households);
        SetRcTerm(rcTermStart, rcTermEnd);
    }

    public string Name { get; private set; }

    public int Households { get; private set; }

    public DateOnly RcTermStart { get; private set; }

    public DateOnly RcTermEnd { get; private set; }

    /// <summary>Name of the community party organisation, e.g. "中共XX社区支部委员会".</summary>
    public string? PartyOrganisation { get; private set; }

    /// <summary>S3: the RC director as a person record; the head is checked against it, not against a name.</summary>
    public Guid? RcDirectorId { get; private set; }

    /// <summary>S3: the party secretary as a person record.</summary>
    public Guid? PartySecretaryId { get; private set; }

    /// <summary>The director's name when linked (kept for display and history; older records may have only the name).</summary>
    public string? RcDirectorName { get; private set; }

    public string? PartySecretaryName { get; private set; }

    /// <summary>Who holds the two offices S3 names, for the station roster.</summary>
    public CommunityOfficers Officers => new(Id, PartySecretaryId, RcDirectorId);

    /// <summary>Optimistic-concurrency token (PostgreSQL xmin).</summary>
    public uint Version { get; private set; }

    public void UpdateParticulars(
        string name,
        int households,
        DateOnly rcTermStart,
        DateOnly rcTermEnd,
        string? partyOrganisation,
        Person? rcDirector,
        Person? partySecretary)
    {
        Name = RequireName(name);
        SetHouseholds(households);
        SetRcTerm(rcTermStart, rcTermEnd);
        PartyOrganisation = Clean(partyOrganisation);
        RcDirectorId = RequireOwnPerson(rcDirector, nameof(RcDirectorId))?.Id;
        RcDirectorName = rcDirector?.Name;
        PartySecretaryId = RequireOwnPerson(partySecretary, nameof(PartySecretaryId))?.Id;
        PartySecretaryName = partySecretary?.Name;
    }

    /// <summary>The RC term in force on <paramref name="date"/> ends on this day (H2).</summary>
    public bool IsRcTermCurrentOn(DateOnly date) => date >= RcTermStart && date <= RcTermEnd;

    private void SetHouseholds(int households)
    {
        if (households is < 0 or > MaxHouseholds)
        {
            throw new DomainException("S1", "户数必须在 0 到 100000 之间。", nameof(Households));
        }

        Households = households;
    }

    private void SetRcTerm(DateOnly start, DateOnly end)
    {
        if (end <= start)
        {
            throw new DomainException(string.Empty, "居委会任期结束日期必须晚于开始日期。", nameof(RcTermEnd));
        }

        RcTermStart = start;
        RcTermEnd = end;
    }

    private Person? RequireOwnPerson(Person? person, string field) =>
        person is null || person.TenantId == TenantId ? person : throw new DomainException("S3", "请从本社区的人员中选择。", field);

    private static string? Clean(string? text) => TextNormalizer.NullIfBlank(TextNormalizer.FoldWidth(text));

    private static string RequireName(string name)
    {
        var trimmed = TextNormalizer.FoldWidth(name);
        if (trimmed.Length == 0 || trimmed.Length > MaxNameLength)
        {
            throw new DomainException(string.Empty, "社区名称不能为空，且不超过 50 个字。", nameof(Name));
        }

        return trimmed;
    }
}

/// <summary>S3: a community's party secretary and RC director as person ids (either may be unset).</summary>
public sealed record CommunityOfficers(Guid CommunityId, Guid? PartySecretaryId, Guid? RcDirectorId)
{
    /// <summary>S3 decides by person, never by comparing names: two people may share a name.</summary>
    public bool IsSecretaryOrDirector(Guid personId) => personId == PartySecretaryId || personId == RcDirectorId;
}
