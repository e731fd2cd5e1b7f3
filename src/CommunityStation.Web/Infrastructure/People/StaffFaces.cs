using CommunityStation.Domain.Staffing;

namespace CommunityStation.Web.Infrastructure.People;

/// <summary>
/// Who stands behind an account at a station (issue 11 item 4, 挂牌上岗): the linked person's name and their current
/// post there, or, with no person linked, the account's display name and <see cref="IsLinked"/> false.
/// </summary>
public sealed record StaffFace(Guid UserId, string AccountName, Guid? PersonId, string? PersonName, PostKind? Post)
{
    /// <summary>An account read from a stored duty only (the account itself is gone): its recorded name, not linked.</summary>
    public static StaffFace Unlinked(Guid userId, string name) => new(userId, name, null, null, null);

    public bool IsLinked => PersonName is not null;

    /// <summary>The name people see: the person's, else the account's.</summary>
    public string Name => PersonName ?? AccountName;

    /// <summary>"name（post）", the post named by <paramref name="postName"/> (the UI language, or Chinese); the name alone without a post.</summary>
    public string NameAndPost(Func<PostKind, string> postName)
    {
        ArgumentNullException.ThrowIfNull(postName);
        return Post is { } kind ? $"{Name}（{postName(kind)}）" : Name;
    }

    /// <summary>The post in Chinese whatever the UI language (plates hang in the hall); null when none.</summary>
    public string? PostZh => Post is { } kind ? StationRoster.PostName(kind) : null;
}

/// <summary>Reads <see cref="StaffFace"/>s; one place, so plates, rosters, receipts and the public page agree.</summary>
public static class StaffFaces
{
    /// <summary>
    /// The faces of <paramref name="userIds"/> at <paramref name="stationId"/>: the post is the person's current roster
    /// post at that station (the highest, when they hold several). Runs in the request's tenant, so a person is only
    /// ever read from it. Unknown accounts are absent from the answer.
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, StaffFace>> AtStationAsync(AppDbContext db, Guid stationId, IEnumerable<Guid> userIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(userIds);
        var ids = userIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, StaffFace>();
        }

        return await AtStationAsync(db, stationId, db.Users.Where(u => ids.Contains(u.Id)), ct);
    }

    /// <summary>
    /// The faces of the accounts <paramref name="accounts"/> selects (see the overload), given as a query so that choosing
    /// them costs no statement of its own: one statement reads the account, its person and the person's highest current
    /// post at the station.
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, StaffFace>> AtStationAsync(AppDbContext db, Guid stationId, IQueryable<AppUser> accounts, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var faces = await (from u in accounts
                           join p in db.People on u.PersonId equals (Guid?)p.Id into people
                           from p in people.DefaultIfEmpty()
                           select new
                           {
                               u.Id,
                               u.DisplayName,
                               PersonId = p == null ? (Guid?)null : p.Id,
                               PersonName = p == null ? null : p.Name,
                               Post = p == null ? null : db.StationPosts.Where(s => s.StationId == stationId && s.To == null && s.PersonId == p.Id).Min(s => (PostKind?)s.Kind),
                           })
            .ToListAsync(ct);
        return faces.ToDictionary(a => a.Id, a => new StaffFace(a.Id, a.DisplayName, a.PersonId, a.PersonName, a.Post));
    }

    /// <summary>One account's face (see the two <c>AtStationAsync</c>); null for an unknown account.</summary>
    public static async Task<StaffFace?> OfAsync(AppDbContext db, Guid stationId, Guid userId, CancellationToken ct = default) =>
        (await AtStationAsync(db, stationId, [userId], ct)).GetValueOrDefault(userId);

    /// <summary>
    /// The name a formal print shows for whoever acted (经办人, issue 11 item 9): the linked person's name, else the
    /// account's display name, else what the record kept (<paramref name="recorded"/>, e.g. "系统"); never the login name
    /// unless a record from before names one and its account is gone.
    /// </summary>
    public static async Task<string> ShownNameAsync(AppDbContext db, Guid? userId, string recorded, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (userId is not { } id || id == Guid.Empty)
        {
            return recorded;
        }

        var account = await (from u in db.Users
                             where u.Id == id
                             join p in db.People on u.PersonId equals (Guid?)p.Id into people
                             from p in people.DefaultIfEmpty()
                             select new { u.DisplayName, PersonName = p == null ? null : p.Name })
            .FirstOrDefaultAsync(ct);
        return account?.PersonName ?? (string.IsNullOrWhiteSpace(account?.DisplayName) ? recorded : account.DisplayName);
    }
}
