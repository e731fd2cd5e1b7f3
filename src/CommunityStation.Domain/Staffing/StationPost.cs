using CommunityStation.Domain.Common;
using CommunityStation.Domain.Duties;

namespace CommunityStation.Domain.Staffing;

/// <summary>
/// A post a person holds at a station, with its duties by duty area (S5: one person may hold several
/// posts and each post several duties). Ended posts are kept as history.
/// </summary>
public sealed class StationPost : ITenantOwned
{
    internal StationPost(Guid tenantId, Guid id, Guid stationId, Guid personId, PostKind kind, bool fullTime, IReadOnlyCollection<string> duties, DateOnly from)
    {
        TenantId = tenantId;
        Id = id;
        StationId = stationId;
        PersonId = personId;
        Kind = kind;
        FullTime = fullTime;
        Duties = [];
        SetDuties(duties);
        From = from;
    }

    private StationPost()
    {
        Duties = [];
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public Guid StationId { get; private set; }

    public Guid PersonId { get; private set; }

    public PostKind Kind { get; private set; }

    public bool FullTime { get; private set; }

    public List<string> Duties { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly? To { get; private set; }

    public bool IsCurrent => To is null;

    public void SetDuties(IReadOnlyCollection<string> duties)
    {
        ArgumentNullException.ThrowIfNull(duties);
        if (duties.Any(d => !DutyArea.Codes.Contains(d)))
        {
            throw new DomainException("S5", "职责须为 D1–D10 之一。", "Duties");
        }

        Duties = [.. duties.Distinct().OrderBy(d => DutyArea.Codes.ToList().IndexOf(d))];
    }

    internal void End(DateOnly on) => To = on < From ? From : on;
}

/// <summary>
/// S3–S5 over a station's current posts: exactly one head (in principle the party secretary or the RC
/// director, soft), exactly one full-time deputy (hard), any number of staff.
/// </summary>
public sealed class StationRoster
{
    private readonly List<StationPost> _posts;

    public StationRoster(Guid tenantId, Guid stationId, IEnumerable<StationPost> posts)
    {
        TenantId = tenantId;
        StationId = stationId;
        _posts = posts.Where(p => p.StationId == stationId).ToList();
    }

    public Guid TenantId { get; }

    public Guid StationId { get; }

    public IReadOnlyList<StationPost> Current => _posts.Where(p => p.IsCurrent).ToList();

    /// <summary>S3: a new head replaces the current one (exactly one). Returns the S3 warning, if any.</summary>
    public (StationPost Post, RuleWarning? Warning) AppointHead(Person person, bool isPartySecretaryOrRcDirector, IReadOnlyCollection<string> duties, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(person);
        foreach (var head in Current.Where(p => p.Kind == PostKind.Head))
        {
            head.End(on);
        }

        var post = Add(person, PostKind.Head, fullTime: true, duties, on);
        return (post, isPartySecretaryOrRcDirector ? null : new RuleWarning("S3", "站长原则上由社区党组织书记或居委会主任兼任（规则 S3）。"));
    }

    /// <summary>S4: the one deputy head must be full-time (hard); a new deputy replaces the current one.</summary>
    public StationPost AppointDeputy(Person person, bool fullTime, IReadOnlyCollection<string> duties, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (!fullTime)
        {
            throw new DomainException("S4", "副站长必须专职。", "FullTime");
        }

        foreach (var deputy in Current.Where(p => p.Kind == PostKind.Deputy))
        {
            deputy.End(on);
        }

        return Add(person, PostKind.Deputy, fullTime: true, duties, on);
    }

    /// <summary>S5: any number of staff; one person may hold several posts.</summary>
    public StationPost AddStaff(Person person, bool fullTime, IReadOnlyCollection<string> duties, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (Current.Any(p => p.PersonId == person.Id && p.Kind == PostKind.Staff))
        {
            throw new DomainException("S5", "此人已是本站工作人员，可直接增加其职责。", "PersonId");
        }

        return Add(person, PostKind.Staff, fullTime, duties, on);
    }

    public void EndPost(Guid postId, DateOnly on)
    {
        var post = Current.FirstOrDefault(p => p.Id == postId) ?? throw new DomainException("S5", "找不到该岗位。");
        post.End(on);
    }

    /// <summary>S3/S4 as a checklist: what the station is missing now.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Current.Count(p => p.Kind == PostKind.Head) != 1)
        {
            problems.Add("工作站须设站长 1 名（规则 S3）。");
        }

        if (Current.Count(p => p.Kind == PostKind.Deputy && p.FullTime) != 1)
        {
            problems.Add("工作站须设专职副站长 1 名（规则 S4）。");
        }

        return problems;
    }

    /// <summary>The roster as lines, for filing (H6) and for spotting a change since the last filing.</summary>
    public IReadOnlyList<string> Snapshot(IReadOnlyDictionary<Guid, string> names) =>
        Current.OrderBy(p => p.Kind).ThenBy(p => names.GetValueOrDefault(p.PersonId), StringComparer.Ordinal)
            .Select(p => $"{PostName(p.Kind)}|{names.GetValueOrDefault(p.PersonId, "?")}|{(p.FullTime ? "专职" : "兼职")}|{string.Join(",", p.Duties)}")
            .ToList();

    public static string PostName(PostKind kind) => kind switch
    {
        PostKind.Head => "站长",
        PostKind.Deputy => "副站长",
        _ => "工作人员",
    };

    private StationPost Add(Person person, PostKind kind, bool fullTime, IReadOnlyCollection<string> duties, DateOnly on)
    {
        var post = new StationPost(TenantId, Guid.CreateVersion7(), StationId, person.Id, kind, fullTime, duties, on);
        _posts.Add(post);
        return post;
    }
}
