using CommunityStation.Domain.Common;
using CommunityStation.Domain.Communities;
using CommunityStation.Domain.Duties;

namespace CommunityStation.Domain.Staffing;

/// <summary>
/// A post a person holds at a station, with its duties by duty area (S5: one person may hold several
/// posts and each post several duties). Ended posts are kept as history.
/// </summary>
public sealed class StationPost : TenantEntity
{
    internal StationPost(Guid tenantId, Guid id, Guid stationId, Guid personId, PostKind kind, bool fullTime, IReadOnlyCollection<string> duties, DateOnly from)

        : base(tenantId, id)
    {
        StationId = stationId;
        PersonId = personId;
        Kind = kind;
        FullTime = fullTime;
        SetDuties(duties);
        From = from;
    }

    private StationPost()
    {
    }

    public Guid StationId { get; private set; }

    public Guid PersonId { get; private set; }

    public PostKind Kind { get; private set; }

    public bool FullTime { get; private set; }

    public List<string> Duties { get; private set; } = [];

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
/// director serving concurrently, soft; the head may be part-time), exactly one full-time deputy (hard),
/// any number of staff. A post may stand vacant (B4 keeps posts for later recruitment): the roster says
/// so and is still filed (H6).
/// </summary>
public sealed class StationRoster
{
    /// <summary>The line a vacant post takes in a filing: the post, an empty name, "空缺".</summary>
    public const string Vacant = "空缺";

    private readonly List<StationPost> _posts;
    private readonly List<AcknowledgedWarning> _overrides = [];

    public StationRoster(Guid tenantId, Guid stationId, IEnumerable<StationPost> posts, CommunityOfficers? community = null)
    {
        TenantId = tenantId;
        StationId = stationId;
        Community = community;
        _posts = posts.Where(p => p.StationId == stationId).ToList();
    }

    public Guid TenantId { get; }

    public Guid StationId { get; }

    /// <summary>The station's community and who its secretary and director are (S3); null where a caller does not need them.</summary>
    public CommunityOfficers? Community { get; }

    public IReadOnlyList<StationPost> Current => _posts.Where(p => p.IsCurrent).ToList();

    /// <summary>Soft-rule warnings acknowledged in this unit of work, to be audited when the roster is saved.</summary>
    public IReadOnlyList<AcknowledgedWarning> Overrides => _overrides;

    /// <summary>S3: the soft warning appointing this person head would raise, if any (decided by person id).</summary>
    public RuleWarning? HeadWarning(Guid personId) =>
        Community?.IsSecretaryOrDirector(personId) == true
            ? null
            : new RuleWarning("S3", "站长原则上由社区党组织书记或居委会主任兼任。");

    /// <summary>
    /// S3: a new head replaces the current one (exactly one). The head serves concurrently (兼任) as a
    /// rule, so part-time is normal. Someone other than the community's secretary or director needs a
    /// reason (soft rule): without one nothing changes and the S3 warning is raised at "Reason".
    /// </summary>
    public StationPost AppointHead(Person person, bool fullTime, IReadOnlyCollection<string> duties, DateOnly on, string? overrideReason = null)
    {
        ArgumentNullException.ThrowIfNull(person);
        var warning = HeadWarning(person.Id);
        var reason = warning?.Acknowledge(overrideReason);
        foreach (var head in Current.Where(p => p.Kind == PostKind.Head))
        {
            head.End(on);
        }

        var post = Add(person, PostKind.Head, fullTime, duties, on);
        if (warning is not null)
        {
            _overrides.Add(new AcknowledgedWarning(warning, reason!, nameof(StationPost), post.Id));
        }

        return post;
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

    /// <summary>H5: the person leaves this station: every post they hold here ends.</summary>
    internal IReadOnlyList<StationPost> EndPostsOf(Guid personId, DateOnly on)
    {
        var posts = Current.Where(p => p.PersonId == personId).ToList();
        posts.ForEach(p => p.End(on));
        return posts;
    }

    /// <summary>S3/S4: the posts standing vacant now (no head; no full-time deputy). Shown, never a bar to filing (B4, H6).</summary>
    public IReadOnlyList<PostKind> Vacancies()
    {
        var vacant = new List<PostKind>();
        if (!Current.Any(p => p.Kind == PostKind.Head))
        {
            vacant.Add(PostKind.Head);
        }

        if (!Current.Any(p => p.Kind == PostKind.Deputy && p.FullTime))
        {
            vacant.Add(PostKind.Deputy);
        }

        return vacant;
    }

    /// <summary>
    /// The roster as lines, for filing (H6) and for spotting a change since the last filing: one line per
    /// post ("post|name|专职/兼职|duties") and one per vacant post ("post||空缺|").
    /// </summary>
    public IReadOnlyList<string> Snapshot(IReadOnlyDictionary<Guid, string> names) =>
        Current.OrderBy(p => p.Kind).ThenBy(p => names.GetValueOrDefault(p.PersonId), StringComparer.Ordinal)
            .Select(p => $"{PostName(p.Kind)}|{names.GetValueOrDefault(p.PersonId, "?")}|{(p.FullTime ? "专职" : "兼职")}|{string.Join(",", p.Duties)}")
            .Concat(Vacancies().Select(k => $"{PostName(k)}||{Vacant}|"))
            .ToList();

    /// <summary>Whether a snapshot line stands for a vacant post.</summary>
    public static bool IsVacancyLine(string line) => line is not null && line.Split('|') is [_, "", Vacant, ..];

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
