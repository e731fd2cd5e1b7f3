using System.Globalization;

namespace CommunityStation.Bench;

/// <summary>
/// The small tables, derived from a <see cref="Shape"/> by arithmetic (no state): tenant t owns communities
/// [t·C/T, (t+1)·C/T); community c has station c; station s has staff s·10 … s·10+9 (0 the head, 1 the
/// deputy) and accounts for its head and five desk staff. The large tables are generated per station.
/// </summary>
public sealed class World(Shape shape, DateTimeOffset now, IReadOnlyList<World.Item> items, IReadOnlyDictionary<string, Guid> roles, string passwordHash)
{
    public const string Password = "Bench!2026-load";

    public Shape Shape { get; } = shape;

    public DateTimeOffset Now { get; } = now;

    public IReadOnlyList<Item> Items { get; } = items;

    public IReadOnlyDictionary<string, Guid> Roles { get; } = roles;

    public string PasswordHash { get; } = passwordHash;

    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime.AddHours(8));

    public sealed record Item(Guid Id, string Area, string Name, int Days);

    public static readonly string[] YixingTowns =
    [
        "宜城街道", "屺亭街道", "新街街道", "新庄街道", "芳桥街道", "丁蜀镇", "和桥镇", "张渚镇", "官林镇", "杨巷镇",
        "徐舍镇", "高塍镇", "万石镇", "周铁镇", "西渚镇", "太华镇", "湖㳇镇", "环科园",
    ];

    public Guid TenantId(int t) => Ids.Of(Ids.Tenant, t);

    public string TenantCode(int t) => t == 0 ? "bench" : string.Create(CultureInfo.InvariantCulture, $"t{t:D4}");

    public string TenantName(int t) => Shape.Tenants <= YixingTowns.Length ? YixingTowns[t] : string.Create(CultureInfo.InvariantCulture, $"{Fake.Place(t)}镇{t:D4}");

    public string TenantKind(int t) => TenantName(t) switch
    {
        var n when n.EndsWith("街道", StringComparison.Ordinal) => "Subdistrict",
        var n when n.EndsWith('园') => "ZoneCommittee",
        _ => "Town",
    };

    public int TenantOf(int community) => (int)((long)community * Shape.Tenants / Shape.Communities);

    public int FirstCommunityOf(int t) => (int)(((long)t * Shape.Communities + Shape.Tenants - 1) / Shape.Tenants);

    public Guid CommunityId(int c) => Ids.Of(Ids.Community, c);

    public string CommunityName(int c) => string.Create(CultureInfo.InvariantCulture, $"{Fake.Place(c * 7)}{c:D5}社区");

    public Guid StationId(int s) => Ids.Of(Ids.Station, s);

    public string StationName(int s) => CommunityName(s).Replace("社区", string.Empty, StringComparison.Ordinal) + "社区事务工作站";

    public string CaseCode(int s) => string.Create(CultureInfo.InvariantCulture, $"S{s:D5}");

    public int PersonNumber(int s, int k) => (s * Shape.StaffPerStation) + k;

    public Guid PersonId(int s, int k) => Ids.Of(Ids.Person, PersonNumber(s, k));

    public string PersonName(int s, int k) => Fake.Name(PersonNumber(s, k));

    public Guid DeskId(int s, int d) => Ids.Of(Ids.Desk, (s * Shape.DesksPerStation) + d);

    public Guid ResidentId(int s, int r) => Ids.Of(Ids.Resident, ((long)s * Shape.ResidentsPerStation) + r);

    public Guid CaseId(int s, int i) => Ids.Of(Ids.Case, ((long)s * Shape.CasesPerStation) + i);

    // Accounts: per station one head (k = 0) and DeskAccountsPerStation desk staff (k = 1…); per tenant one
    // town official; per community one RC officer; one bureau reviewer and one administrator.
    public int StationUserNumber(int s, int k) => (s * (Shape.DeskAccountsPerStation + 1)) + k;

    public Guid StationUserId(int s, int k) => Ids.Of(Ids.User, StationUserNumber(s, k));

    public string StationUserName(int s, int k) => (s, k) switch
    {
        (0, 0) => "bench-head",
        (0, 1) => "bench-desk",
        (_, 0) => string.Create(CultureInfo.InvariantCulture, $"s{s}-head"),
        _ => string.Create(CultureInfo.InvariantCulture, $"s{s}-desk{k}"),
    };

    public Guid TownUserId(int t) => Ids.Of(Ids.User, 10_000_000 + t);

    public string TownUserName(int t) => t == 0 ? "bench-town" : string.Create(CultureInfo.InvariantCulture, $"t{t}-town");

    public Guid RcUserId(int c) => Ids.Of(Ids.User, 20_000_000 + c);

    public string RcUserName(int c) => c == 0 ? "bench-rc" : string.Create(CultureInfo.InvariantCulture, $"c{c}-rc");

    public Guid BureauUserId => Ids.Of(Ids.User, 30_000_000);

    public Guid AdminUserId => Ids.Of(Ids.User, 30_000_001);

    /// <summary>The accounts the load run signs in as, by role.</summary>
    public static readonly IReadOnlyList<(string Role, string UserName)> BenchAccounts =
    [
        ("DeskStaff", "bench-desk"), ("StationHead", "bench-head"), ("TownOfficial", "bench-town"), ("RcOfficer", "bench-rc"),
        ("Bureau", "bench-bureau"), ("Admin", "bench-admin"),
    ];

    /// <summary>One case's facts, the same for every table that is derived from it.</summary>
    public readonly record struct CaseFacts(
        int Station, int Index, Guid Id, int Year, int Sequence, DateTimeOffset ReceivedAt, DateOnly PromisedBy, string Status,
        DateTimeOffset? CompletedAt, int Owner, int Desk, Item Item, int? Resident, bool Rated, int RatingLevel);

    /// <summary>A station's cases in the order they were received: ten years evenly, the last ones still open.</summary>
    public IEnumerable<CaseFacts> CasesOf(int s)
    {
        var n = Shape.CasesPerStation;
        var start = Now.AddYears(-Shape.Years);
        var closedSpan = (Now.AddDays(-8) - start).Ticks;
        var year = 0;
        var sequence = 0;
        for (var i = 0; i < n; i++)
        {
            var seed = ((long)s * n) + i;
            var openIndex = i - (n - Shape.OpenPerStation);
            var received = openIndex < 0
                ? start.AddTicks((long)(closedSpan * ((i + 0.5) / (n - Shape.OpenPerStation))))
                : openIndex < Shape.OverduePerStation ? Now.AddDays(-30 + openIndex) : Now.AddHours(-6 * (Shape.OpenPerStation - openIndex));
            var beijing = received.ToOffset(TimeSpan.FromHours(8));
            if (beijing.Year != year)
            {
                (year, sequence) = (beijing.Year, 0);
            }

            sequence++;
            var item = Items[Fake.Below(seed, Items.Count)];
            var status = openIndex < 0 ? "Completed" : (openIndex % 3) switch { 0 => "Received", 1 => "InProgress", _ => "Referred" };
            var promised = DateOnly.FromDateTime(beijing.DateTime).AddDays(openIndex is >= 0 and < Shape.OverduePerStation ? 7 : item.Days + 4);
            DateTimeOffset? completed = status == "Completed" ? received.AddHours(2 + Fake.Below(seed + 1, 24 * item.Days)) : null;
            var rated = completed is not null && Fake.Below(seed + 2, 100) < (int)(Shape.RatedShare * 100);
            var level = Fake.Below(seed + 3, 100) switch { < 85 => 1, < 97 => 2, _ => 3 };
            var resident = Fake.Below(seed + 4, 10) == 0 ? (int?)null : Fake.Below(seed + 5, Shape.ResidentsPerStation);
            yield return new CaseFacts(s, i, CaseId(s, i), year, sequence, received, promised, status, completed,
                1 + (i % Shape.DeskAccountsPerStation), i % Shape.DesksPerStation, item, resident, rated, level);
        }
    }
}
