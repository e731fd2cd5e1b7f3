namespace CommunityStation.Web.Infrastructure.Access;

/// <summary>How far below the city a role's rows reach ("scope below the tenant").</summary>
public enum Reach
{
    /// <summary>No rows at all (anonymous, or a user without a usable role).</summary>
    None = 0,

    /// <summary>RC officer: their own community's applications, station and community record.</summary>
    Community = 1,

    /// <summary>Desk staff and station head: the registered station of their own community.</summary>
    Station = 2,

    /// <summary>Town, subdistrict or zone official: the whole tenant.</summary>
    Tenant = 3,

    /// <summary>Bureau and admin: every tenant, read-only (audited city-read mode) unless a capability writes.</summary>
    City = 4,
}

/// <summary>What a user may do; each page needs exactly one (see <see cref="AccessDeclaration.Pages"/>).</summary>
public enum Capability
{
    /// <summary>Anyone, no sign-in: public station pages, ratings, sign-in.</summary>
    Anonymous = 0,

    /// <summary>Any signed-in user: home page, inbox, their own account.</summary>
    SignedIn,

    DeskDashboard,
    Intake,
    Cases,
    WorkCases,
    Residents,
    RevealResidentData,
    Ledger,
    ManageDesks,
    StationNotice,

    People,
    EditPeople,
    RevealPeopleData,
    Contracts,
    Rosters,
    EditRosters,
    Ratio,
    Campaigns,
    Filings,
    DecideFilings,

    Applications,
    ApplyForStation,
    DecideAsTown,
    RegisterStations,
    StationRegister,
    StationRecord,

    Communities,
    EditCommunities,

    Settings,
    Tenants,
    Users,
    Audit,

    /// <summary>The background jobs' runs (issue 12).</summary>
    Operations,
}

/// <summary>
/// The one declaration of who may reach what (issues 8 and 9). Authorization policies, the page
/// conventions, the navigation, the link filter and the docs' role table are all generated from it;
/// <see cref="Access"/> applies <see cref="ReachOf"/> to every query. A role's reach is written here only.
/// </summary>
public static class AccessDeclaration
{
    private const string Admin = AppRoles.Admin;
    private const string Bureau = AppRoles.Bureau;
    private const string Town = AppRoles.TownOfficial;
    private const string Rc = AppRoles.RcOfficer;
    private const string Head = AppRoles.StationHead;
    private const string Desk = AppRoles.DeskStaff;

    /// <summary>Each role's reach below the city.</summary>
    public static Reach ReachOf(string? role) => role switch
    {
        Admin or Bureau => Reach.City,
        Town => Reach.Tenant,
        Head or Desk => Reach.Station,
        Rc => Reach.Community,
        _ => Reach.None,
    };

    /// <summary>Which roles hold each capability (Anonymous and SignedIn are not role-bound).</summary>
    public static readonly IReadOnlyDictionary<Capability, IReadOnlyList<string>> Roles = new Dictionary<Capability, IReadOnlyList<string>>
    {
        [Capability.SignedIn] = AppRoles.All,
        [Capability.DeskDashboard] = [Desk, Head, Town],
        [Capability.Intake] = [Desk, Head],
        [Capability.Cases] = [Desk, Head, Town],
        [Capability.WorkCases] = [Desk, Head],
        [Capability.Residents] = [Desk, Head, Town],
        [Capability.RevealResidentData] = [Desk, Head],
        [Capability.Ledger] = [Desk, Head, Town],
        [Capability.ManageDesks] = [Head],
        [Capability.StationNotice] = [Head],
        [Capability.People] = [Town, Head],
        [Capability.EditPeople] = [Town],
        [Capability.RevealPeopleData] = [Town, Head],
        [Capability.Contracts] = [Town],
        [Capability.Rosters] = [Town, Head],
        [Capability.EditRosters] = [Town],
        [Capability.Ratio] = [Town, Bureau],
        [Capability.Campaigns] = [Town],
        [Capability.Filings] = [Town, Bureau],
        [Capability.DecideFilings] = [Bureau],
        [Capability.Applications] = [Rc, Town, Bureau],
        [Capability.ApplyForStation] = [Rc],
        [Capability.DecideAsTown] = [Town],
        [Capability.RegisterStations] = [Bureau],
        [Capability.StationRegister] = [Town, Bureau, Admin],
        [Capability.StationRecord] = [Town, Bureau, Admin, Rc, Head],
        [Capability.Communities] = [Town, Bureau, Admin],
        [Capability.EditCommunities] = [Town],
        [Capability.Settings] = [Bureau],
        [Capability.Tenants] = [Admin],
        [Capability.Users] = [Admin],
        [Capability.Audit] = [Admin, Bureau],
        [Capability.Operations] = [Admin],
    };

    /// <summary>
    /// Every page (its view-engine path) and the capability it needs. A page missing here is refused
    /// to everyone at start-up (<see cref="AccessConventions"/>), so a new page cannot slip through open.
    /// A folder entry ("/Visitors/") covers every page below it.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, Capability> Pages = new Dictionary<string, Capability>(StringComparer.OrdinalIgnoreCase)
    {
        ["/Account/"] = Capability.Anonymous,
        ["/Visitors/"] = Capability.Anonymous,
        ["/Visitors/CaseStatus"] = Capability.Anonymous, // named too: it is reached by token and must stay open to residents
        ["/Error"] = Capability.Anonymous,
        ["/Culture"] = Capability.Anonymous,

        ["/Index"] = Capability.SignedIn,
        ["/Inbox/Index"] = Capability.SignedIn,
        ["/MyAccount/"] = Capability.SignedIn,

        ["/Desk/Index"] = Capability.DeskDashboard,
        ["/Desk/Intake"] = Capability.Intake,
        ["/Desk/Cases/Index"] = Capability.Cases,
        ["/Desk/Cases/Details"] = Capability.Cases,
        ["/Desk/Cases/Work"] = Capability.WorkCases,
        ["/Desk/Cases/Refer"] = Capability.WorkCases,
        ["/Desk/Cases/Reassign"] = Capability.WorkCases,
        ["/Desk/Cases/Conclude"] = Capability.WorkCases,
        ["/Desk/Cases/Receipt"] = Capability.Cases,
        ["/Desk/Residents/Details"] = Capability.Residents,
        ["/Desk/Ledger"] = Capability.Ledger,
        ["/Desk/Desks/"] = Capability.ManageDesks,
        ["/Desk/Desks/Staff"] = Capability.ManageDesks, // the head links the station's accounts to its people (issue 11 item 4)
        ["/Desk/Station"] = Capability.StationNotice,

        ["/Staff/People/Index"] = Capability.People,
        ["/Staff/People/Details"] = Capability.People,
        ["/Staff/People/Edit"] = Capability.EditPeople,
        ["/Staff/Import"] = Capability.EditPeople,
        ["/Staff/Contracts/"] = Capability.Contracts,
        ["/Staff/Stations/Index"] = Capability.Rosters,
        ["/Staff/Stations/Roster"] = Capability.Rosters,
        ["/Staff/Stations/Appoint"] = Capability.EditRosters,
        ["/Staff/Stations/Post"] = Capability.EditRosters,
        ["/Staff/Stations/Deploy"] = Capability.EditRosters,
        ["/Staff/Stations/File"] = Capability.EditRosters,
        ["/Staff/Ratio"] = Capability.Ratio,
        ["/Staff/Campaigns/"] = Capability.Campaigns,
        ["/Staff/Filings/"] = Capability.Filings,

        ["/Registration/Applications/Index"] = Capability.Applications,
        ["/Registration/Applications/Details"] = Capability.Applications,
        ["/Registration/Applications/Opinion"] = Capability.Applications,
        ["/Registration/Applications/Create"] = Capability.ApplyForStation,
        ["/Registration/Applications/Edit"] = Capability.ApplyForStation,
        ["/Registration/Applications/Upload"] = Capability.ApplyForStation,
        ["/Registration/Applications/Submit"] = Capability.ApplyForStation,
        ["/Registration/Applications/Decide"] = Capability.DecideAsTown,
        ["/Registration/Applications/Register"] = Capability.RegisterStations,
        ["/Registration/Documents/Download"] = Capability.Applications,
        ["/Registration/Stations/Index"] = Capability.StationRegister,
        ["/Registration/Stations/Details"] = Capability.StationRecord,
        ["/Registration/Stations/Certificate"] = Capability.StationRecord,
        ["/Registration/Stations/Plaque"] = Capability.StationRecord,

        ["/Communities/Index"] = Capability.Communities,
        ["/Communities/Details"] = Capability.Communities,
        ["/Communities/Edit"] = Capability.EditCommunities,
        ["/Communities/Create"] = Capability.EditCommunities,
        ["/Communities/Import"] = Capability.EditCommunities,
        ["/Communities/Rename"] = Capability.EditCommunities,
        ["/Communities/Merge"] = Capability.EditCommunities,

        ["/Settings/"] = Capability.Settings,
        ["/Settings/Calendar/"] = Capability.Settings,
        ["/Admin/"] = Capability.Users,
        ["/Admin/Users/Edit"] = Capability.Users,
        ["/Admin/Users/Access"] = Capability.Users,
        ["/Admin/Users/Status"] = Capability.Users,
        ["/Admin/Users/Password"] = Capability.Users,
        ["/Admin/Jobs/Index"] = Capability.Operations,
        ["/Admin/Users/Import"] = Capability.Users,
        ["/Admin/Tenants/"] = Capability.Tenants,
        ["/Audit/"] = Capability.Audit,
    };

    /// <summary>The navigation, in order: each entry opens a page, and shows to whoever may open it.</summary>
    public static readonly IReadOnlyList<NavigationItem> Navigation =
    [
        new("desk", "/Desk", "服务台"),
        new("intake", "/Desk/Intake", "受理登记"),
        new("cases", "/Desk/Cases", "案件"),
        new("ledger", "/Desk/Ledger", "服务台账"),
        new("desks", "/Desk/Desks", "服务台设置"),
        new("station-page", "/Desk/Station", "工作站公示"),
        new("people", "/Staff/People", "人员名册"),
        new("rosters", "/Staff/Stations", "岗位与名单"),
        new("ratio", "/Staff/Ratio", "配备比例"),
        new("campaigns", "/Staff/Campaigns", "公开招聘"),
        new("filings", "/Staff/Filings", "名单备案"),
        new("applications", "/Registration/Applications", "登记申请"),
        new("stations", "/Registration/Stations", "工作站台账"),
        new("communities", "/Communities", "社区"),
        new("service-items", "/Settings/ServiceItems", "职责与服务事项"),
        new("policy", "/Settings/Policy", "政策参数"),
        new("calendar", "/Settings/Calendar", "工作日历"),
        new("tenants", "/Admin/Tenants", "辖区管理"),
        new("users", "/Admin/Users", "用户管理"),
        new("jobs", "/Admin/Jobs", "后台任务"),
        new("audit", "/Audit", "审计日志"),
    ];

    /// <summary>The capability a page needs; null when the page is not declared (refused to everyone).</summary>
    public static Capability? ForPage(string viewEnginePath)
    {
        ArgumentNullException.ThrowIfNull(viewEnginePath);

        // Asked for every link on every page: resolved once per page (there are only as many as the portal has).
        return Resolved.GetOrAdd(viewEnginePath, Resolve);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Capability?> Resolved = new(StringComparer.OrdinalIgnoreCase);

    private static Capability? Resolve(string viewEnginePath)
    {
        if (Pages.TryGetValue(viewEnginePath, out var exact))
        {
            return exact;
        }

        // The longest declared folder that contains the page.
        Capability? found = null;
        var length = -1;
        foreach (var (key, capability) in Pages)
        {
            if (key.EndsWith('/') && viewEnginePath.StartsWith(key, StringComparison.OrdinalIgnoreCase) && key.Length > length)
            {
                found = capability;
                length = key.Length;
            }
        }

        return found;
    }

    /// <summary>Whether a user holding <paramref name="role"/> (null: anonymous) has <paramref name="capability"/>.</summary>
    public static bool Allows(string? role, Capability capability) => capability switch
    {
        Capability.Anonymous => true,
        _ => role is not null && Roles.TryGetValue(capability, out var roles) && roles.Contains(role),
    };

    public static string PolicyName(Capability capability) => "cap:" + capability;
}

/// <summary>A navigation entry; its text is a resource key (Simplified Chinese).</summary>
public sealed record NavigationItem(string Key, string Href, string Text);
