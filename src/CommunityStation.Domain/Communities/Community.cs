using CommunityStation.Domain.Common;
using CommunityStation.Domain.Registration;
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

    /// <summary>The day the community was merged into another (<see cref="MergedIntoId"/>); it then leaves every picker but stays readable.</summary>
    public DateOnly? RetiredOn { get; private set; }

    /// <summary>The community this one was merged into.</summary>
    public Guid? MergedIntoId { get; private set; }

    public bool IsRetired => RetiredOn is not null;

    /// <summary>Households, RC term, party organisation and officers; the name changes only through <see cref="Rename"/>.</summary>
    public void UpdateParticulars(
        int households,
        DateOnly rcTermStart,
        DateOnly rcTermEnd,
        string? partyOrganisation,
        Person? rcDirector,
        Person? partySecretary)
    {
        RequireActive();
        SetHouseholds(households);
        SetRcTerm(rcTermStart, rcTermEnd);
        PartyOrganisation = Clean(partyOrganisation);
        RcDirectorId = RequireOwnPerson(rcDirector, nameof(RcDirectorId))?.Id;
        RcDirectorName = rcDirector?.Name;
        PartySecretaryId = RequireOwnPerson(partySecretary, nameof(PartySecretaryId))?.Id;
        PartySecretaryName = partySecretary?.Name;
    }

    /// <summary>
    /// Renames the community on <paramref name="on"/>; the history keeps the old name. Refused while an application
    /// is in progress (R5: it carries the station name composed from the old one, which the town and the bureau are
    /// reviewing). A registered station keeps its registered name until a change application is registered (R5).
    /// </summary>
    public CommunityChange Rename(string name, DateOnly on, CommunityTies ties, ActorStamp recorded)
    {
        ArgumentNullException.ThrowIfNull(ties);
        RequireActive();
        var newName = RequireName(name);
        if (newName == Name)
        {
            throw new DomainException(string.Empty, "新名称与现名称相同。", nameof(Name));
        }

        if (ties.ApplicationInProgress)
        {
            throw new DomainException("R5", "{0}有正在办理的登记申请，申请上的工作站名称由现名称组成：请办结后再改名。", nameof(Name), Name);
        }

        var change = CommunityChange.Renamed(this, Name, newName, on, recorded);
        Name = newName;
        return change;
    }

    /// <summary>
    /// Merges this community into <paramref name="into"/> on <paramref name="on"/>: this one is retired, its people's
    /// current workforce sides continue there from that day (ended here the day before, so the history stays, as in H5),
    /// and <paramref name="into"/> takes <paramref name="households"/>. Refused when a station or an application or an
    /// account would be left hanging (R3: at most one station per community; R1: an application belongs to its community).
    /// Returns the continued sides to add and the two history entries.
    /// </summary>
    public (IReadOnlyList<WorkforceAssignment> Continued, IReadOnlyList<CommunityChange> History) MergeInto(
        Community into, DateOnly on, int households, CommunityTies mine, CommunityTies theirs, IEnumerable<WorkforceAssignment> sides, ActorStamp recorded)
    {
        ArgumentNullException.ThrowIfNull(into);
        ArgumentNullException.ThrowIfNull(mine);
        ArgumentNullException.ThrowIfNull(theirs);
        ArgumentNullException.ThrowIfNull(sides);
        if (into.Id == Id)
        {
            throw new DomainException(string.Empty, "不能把社区并入它自己。", "IntoId");
        }

        if (into.TenantId != TenantId)
        {
            throw new DomainException(string.Empty, "只能合并本镇（街道）的社区。", "IntoId");
        }

        RequireActive();
        into.RequireActive();
        if (mine.RegisteredStation && theirs.RegisteredStation)
        {
            throw new DomainException("R3", "{0}和{1}都有已登记的工作站，而每个社区至多一个：请先为其中一个申请注销。", "IntoId", Name, into.Name);
        }

        if (mine.RegisteredStation)
        {
            throw new DomainException("R3", "{0}有已登记的工作站，撤并后工作站将没有所属社区：可改为把{1}并入{0}，或先申请注销该工作站。", "IntoId", Name, into.Name);
        }

        if (mine.ApplicationInProgress || theirs.ApplicationInProgress)
        {
            throw new DomainException("R1", "{0}有正在办理的登记申请，请办结后再合并。", "IntoId", mine.ApplicationInProgress ? Name : into.Name);
        }

        if (mine.Accounts > 0)
        {
            throw new DomainException(string.Empty, "{0}仍有 {1} 个账号，请系统管理员先把它们调整到{2}或停用。", "IntoId", Name, mine.Accounts.ToString(System.Globalization.CultureInfo.InvariantCulture), into.Name);
        }

        into.SetHouseholds(households);
        var continued = new List<WorkforceAssignment>();
        foreach (var side in sides.Where(s => s.CommunityId == Id && (s.To is null || s.To >= on)).ToList())
        {
            // A side not yet started simply moves; a running one ends here and continues there.
            var holder = side.MoveTo(into.Id, on, Guid.CreateVersion7());
            if (!ReferenceEquals(holder, side))
            {
                continued.Add(holder);
            }
        }

        RetiredOn = on;
        MergedIntoId = into.Id;
        var history = new[] { CommunityChange.Merged(this, into, on, recorded), CommunityChange.Absorbed(into, this, on, recorded) };
        return (continued, history);
    }

    /// <summary>The RC term in force on <paramref name="date"/> ends on this day (H2).</summary>
    public bool IsRcTermCurrentOn(DateOnly date) => date >= RcTermStart && date <= RcTermEnd;

    private void RequireActive()
    {
        if (IsRetired)
        {
            throw new DomainException(string.Empty, "{0}已撤并，只能查看。", null, Name);
        }
    }

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

    private static string? Clean(string? text) => TextNormalizer.NullIfBlank(TextNormalizer.Text(text));

    internal static string RequireName(string name)
    {
        var trimmed = TextNormalizer.Text(name);
        if (trimmed.Length == 0 || trimmed.Length > MaxNameLength)
        {
            throw new DomainException(string.Empty, "社区名称不能为空，且不超过 50 个字。", nameof(Name));
        }

        return trimmed;
    }
}

/// <summary>What ties a community down when it is renamed or merged (counted by the page, judged by the domain).</summary>
public sealed record CommunityTies(bool RegisteredStation, bool ApplicationInProgress, int Accounts);

/// <summary>S3: a community's party secretary and RC director as person ids (either may be unset).</summary>
public sealed record CommunityOfficers(Guid CommunityId, Guid? PartySecretaryId, Guid? RcDirectorId)
{
    /// <summary>S3 decides by person, never by comparing names: two people may share a name.</summary>
    public bool IsSecretaryOrDirector(Guid personId) => personId == PartySecretaryId || personId == RcDirectorId;
}
