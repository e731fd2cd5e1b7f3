using System.Linq.Expressions;
using System.Security.Claims;
using CommunityStation.Domain.Communities;
using CommunityStation.Domain.Registration;
using CommunityStation.Domain.ServiceDesk;
using CommunityStation.Domain.Staffing;
using CommunityStation.Infrastructure.Tenancy;

namespace CommunityStation.Web.Infrastructure.Access;

/// <summary>
/// The signed-in user's reach, for one request: what they may see (scoped queries, one per kind of
/// row), where they may act, and whether they act at city level. It alone enters the city-read mode
/// and switches tenants, so pages never decide tenancy or visibility themselves (issue 8, issue 9).
/// Everything it answers comes from <see cref="AccessDeclaration"/>.
/// </summary>
public sealed class UserAccess
{
    private readonly AppDbContext _db;
    private readonly TenantContext _tenant;
    private readonly ClaimsPrincipal _user;
    private OwnStation? _station;
    private bool _stationLoaded;

    public UserAccess(AppDbContext db, TenantContext tenant, IHttpContextAccessor http)
    {
        ArgumentNullException.ThrowIfNull(http);
        _db = db;
        _tenant = tenant;
        _user = http.HttpContext?.User ?? new ClaimsPrincipal(new ClaimsIdentity());
        Role = _user.Identity?.IsAuthenticated == true ? AppRoles.All.FirstOrDefault(_user.IsInRole) : null;
        Reach = AccessDeclaration.ReachOf(Role);
        CommunityId = Guid.TryParse(_user.FindFirstValue(AppClaims.CommunityId), out var c) ? c : null;
        UserId = Guid.TryParse(_user.FindFirstValue(ClaimTypes.NameIdentifier), out var u) ? u : null;
    }

    /// <summary>The user's portal role (one per user); null when anonymous.</summary>
    public string? Role { get; }

    public Reach Reach { get; }

    /// <summary>Bureau and admin: every tenant, read-only unless a capability says otherwise.</summary>
    public bool IsCityLevel => Reach == Reach.City;

    public Guid? UserId { get; }

    public string UserName => _user.Identity?.Name ?? string.Empty;

    public string DisplayName => _user.FindFirstValue(AppClaims.DisplayName) ?? UserName;

    /// <summary>The tenant the user acts in now (their own; a city-level user's only after <see cref="ActInTenantAsync"/>).</summary>
    public Guid? TenantId => _tenant.TenantId;

    public Guid? CommunityId { get; }

    public bool Can(Capability capability) => AccessDeclaration.Allows(Role, capability);

    /// <summary>Refuses (403) an action the declaration does not give the user.</summary>
    public void Demand(Capability capability)
    {
        if (!Can(capability))
        {
            throw new AccessDeniedException(capability);
        }
    }

    /// <summary>
    /// The one workflow actor for the user: the domain checks role, tenant and community, and records
    /// the user id (from the sign-in, else the request's tenant context) with the display name.
    /// </summary>
    public Actor Actor => new(
        UserId ?? _tenant.UserId ?? Guid.Empty,
        UserName,
        DisplayName,
        Role switch
        {
            AppRoles.RcOfficer => ActorRole.RcOfficer,
            AppRoles.TownOfficial => ActorRole.TownOfficial,
            AppRoles.Bureau => ActorRole.Bureau,
            _ => ActorRole.None,
        },
        _tenant.TenantId,
        CommunityId);

    /// <summary>
    /// Before reading: a city-level user enters the audited city-read mode for this request, naming why.
    /// Everyone else stays in their own tenant. Every scoped query below calls it.
    /// </summary>
    public async Task ReadAsync(string purpose, CancellationToken ct = default)
    {
        if (IsCityLevel && !_tenant.CityReadMode)
        {
            await _db.EnterCityReadModeAsync(purpose, ct);
        }
    }

    /// <summary>
    /// A city-level decision on one tenant's record (the bureau registers a station, acknowledges a
    /// filing): the write happens inside that tenant, where RLS allows it. Others act in their own.
    /// </summary>
    public async Task ActInTenantAsync(Guid tenantId, CancellationToken ct = default)
    {
        if (IsCityLevel)
        {
            await _db.UseTenantAsync(tenantId, ct);
        }
        else if (_tenant.TenantId != tenantId)
        {
            throw new AccessDeniedException(Capability.SignedIn);
        }
    }

    /// <summary>A public page acts inside the tenant named in its address (ADR 0004); null when there is none.</summary>
    public async Task<PublicTenant?> EnterPublicTenantAsync(string? tenantCode, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(tenantCode) || tenantCode.Length > 40)
        {
            return null;
        }

        var tenant = await _db.Tenants.Where(t => t.Code == tenantCode).Select(t => new PublicTenant(t.Id, t.Code, t.Name)).FirstOrDefaultAsync(ct);
        if (tenant is not null)
        {
            await _db.UseTenantAsync(tenant.Id, ct);
        }

        return tenant;
    }

    /// <summary>Desk staff and station heads: the registered station of their community (null: none yet).</summary>
    public async Task<OwnStation?> OwnStationAsync(CancellationToken ct = default)
    {
        if (_stationLoaded)
        {
            return _station;
        }

        _stationLoaded = true;
        if (Reach != Reach.Station || CommunityId is not { } communityId || UserId is not { } userId)
        {
            return null;
        }

        var station = await (from s in _db.Stations
                             join p in _db.StationProfiles on new { s.TenantId, StationId = s.Id } equals new { p.TenantId, p.StationId } into profiles
                             from p in profiles.DefaultIfEmpty()
                             where s.CommunityId == communityId && s.Status == StationStatus.Registered
                             select new { s.Id, s.Name, CaseCode = p == null ? null : p.CaseCode })
            .FirstOrDefaultAsync(ct);
        _station = station is null
            ? null
            : new OwnStation(station.Id, station.Name, station.CaseCode ?? station.Id.ToString("N")[..6].ToUpperInvariant(), userId, DisplayName, Role == AppRoles.StationHead);
        return _station;
    }

    // ---- What the user may see, one query per kind of row. Out-of-reach rows are simply absent, so a
    // ---- page that finds nothing answers 404, the same as for another tenant's id.

    public Task<IQueryable<Community>> CommunitiesAsync(string purpose) => InCommunityAsync(_db.Communities, c => c.Id, purpose);

    public Task<IQueryable<Station>> StationsAsync(string purpose) => InCommunityAsync(_db.Stations, s => s.CommunityId, purpose);

    public Task<IQueryable<StationApplication>> ApplicationsAsync(string purpose) => InCommunityAsync(_db.StationApplications, a => a.CommunityId, purpose);

    public Task<IQueryable<ServiceCase>> CasesAsync(string purpose = "service cases") => AtStationAsync(_db.ServiceCases, c => c.StationId, purpose);

    public Task<IQueryable<Resident>> ResidentsAsync(string purpose = "residents") => AtStationAsync(_db.Residents, r => r.StationId, purpose);

    public Task<IQueryable<Rating>> RatingsAsync(string purpose = "ratings") => AtStationAsync(_db.Ratings, r => r.StationId, purpose);

    public Task<IQueryable<StationDesk>> DesksAsync(string purpose = "desks") => AtStationAsync(_db.Desks, d => d.StationId, purpose);

    public Task<IQueryable<StationPost>> PostsAsync(string purpose = "station posts") => AtStationAsync(_db.StationPosts, p => p.StationId, purpose);

    public Task<IQueryable<Contract>> ContractsAsync(string purpose = "contracts") => AtStationAsync(_db.Contracts, c => c.StationId, purpose);

    public Task<IQueryable<RosterFiling>> FilingsAsync(string purpose = "roster filings") => AtStationAsync(_db.RosterFilings, f => f.StationId, purpose);

    /// <summary>Recruitment campaigns (H3/H4) are the town's: its officials see them (the city reads them); nobody below the town.</summary>
    public Task<IQueryable<RecruitmentCampaign>> CampaignsAsync(string purpose = "recruitment campaigns") => TenantWideAsync(_db.RecruitmentCampaigns, purpose);

    /// <summary>A campaign's applicants, with their particulars: as far as the campaigns reach.</summary>
    public Task<IQueryable<CampaignApplicant>> ApplicantsAsync(string purpose = "campaign applicants") => TenantWideAsync(_db.CampaignApplicants, purpose);

    /// <summary>A deployment is seen from both ends: the station it left and the one it went to.</summary>
    public async Task<IQueryable<Deployment>> DeploymentsAsync(string purpose = "deployments")
    {
        var from = await AtStationAsync(_db.Deployments, d => d.FromStationId, purpose);
        return Reach is Reach.City or Reach.Tenant ? from : from.Union(await AtStationAsync(_db.Deployments, d => d.ToStationId, purpose));
    }

    public Task<IQueryable<WorkforceAssignment>> WorkforceAsync(string purpose = "workforce sides") => InCommunityAsync(_db.WorkforceAssignments, w => w.CommunityId, purpose);

    /// <summary>
    /// People a user may see: the town all of its register; a station head those on their community's
    /// workforce or with a post or contract at their station (issue 9, finding 1).
    /// </summary>
    public async Task<IQueryable<Person>> PeopleAsync(string purpose = "people")
    {
        await ReadAsync(purpose);
        if (Reach is Reach.City or Reach.Tenant)
        {
            return _db.People;
        }

        if (Reach is not Reach.Station || CommunityId is not { } communityId)
        {
            return _db.People.Where(_ => false);
        }

        var posts = await AtStationAsync(_db.StationPosts, s => s.StationId, purpose);
        var contracts = await AtStationAsync(_db.Contracts, c => c.StationId, purpose);
        return _db.People.Where(p =>
            _db.WorkforceAssignments.Any(w => w.PersonId == p.Id && w.CommunityId == communityId)
            || posts.Any(s => s.PersonId == p.Id)
            || contracts.Any(c => c.PersonId == p.Id));
    }

    /// <summary>Rows of the user's own community (by <paramref name="communityOf"/>) for community and station reach, all of the tenant for town and city reach.</summary>
    private async Task<IQueryable<T>> InCommunityAsync<T>(IQueryable<T> rows, Expression<Func<T, Guid>> communityOf, string purpose)
    {
        await ReadAsync(purpose);
        return Reach switch
        {
            Reach.City or Reach.Tenant => rows,
            Reach.Community or Reach.Station when CommunityId is { } communityId => rows.Where(Matching(communityOf, communityId)),
            _ => rows.Where(_ => false),
        };
    }

    /// <summary>
    /// Rows of one station's (by <paramref name="stationOf"/>) for station reach, all of the tenant for town and city
    /// reach. The own station is the registered station of the user's community: the id when this request has already
    /// read it (<see cref="OwnStationAsync"/>), else the same lookup as a subquery of the rows' own statement, so
    /// scoping a query costs no round-trip of its own (issue 13).
    /// </summary>
    private async Task<IQueryable<T>> AtStationAsync<T>(IQueryable<T> rows, Expression<Func<T, Guid>> stationOf, string purpose)
    {
        await ReadAsync(purpose);
        if (Reach is Reach.City or Reach.Tenant)
        {
            return rows;
        }

        if (Reach is not (Reach.Station or Reach.Community) || CommunityId is not { } communityId || (Reach == Reach.Station && UserId is null))
        {
            return rows.Where(_ => false);
        }

        if (Reach == Reach.Station && _stationLoaded)
        {
            return _station is { } own ? rows.Where(Matching(stationOf, own.StationId)) : rows.Where(_ => false);
        }

        var scope = new ScopeKey(communityId);
        var station = _db.Stations.Where(s => s.CommunityId == scope.Id && s.Status == StationStatus.Registered).Select(s => s.Id).Take(1);
        return rows.Where(Expression.Lambda<Func<T, bool>>(
            Expression.Call(typeof(Queryable), nameof(Queryable.Contains), [typeof(Guid)], station.Expression, stationOf.Body),
            stationOf.Parameters));
    }

    /// <summary>Rows only the town (and the city, reading) may see: none for station and community reach.</summary>
    private async Task<IQueryable<T>> TenantWideAsync<T>(IQueryable<T> rows, string purpose)
    {
        await ReadAsync(purpose);
        return Reach is Reach.City or Reach.Tenant ? rows : rows.Where(_ => false);
    }

    /// <summary><c>key(row) == id</c>, compared through a closure member so EF sends the id as a parameter (one cached plan).</summary>
    private static Expression<Func<T, bool>> Matching<T>(Expression<Func<T, Guid>> key, Guid id) =>
        Expression.Lambda<Func<T, bool>>(
            Expression.Equal(key.Body, Expression.Property(Expression.Constant(new ScopeKey(id)), nameof(ScopeKey.Id))),
            key.Parameters);

    private sealed record ScopeKey(Guid Id);
}

/// <summary>The tenant a public page acts in, as its address names it.</summary>
public sealed record PublicTenant(Guid Id, string Code, string Name);

/// <summary>The station a desk user or head works at.</summary>
public sealed record OwnStation(Guid StationId, string StationName, string CaseCode, Guid UserId, string UserName, bool IsHead);

/// <summary>An action the declaration does not give the user; the page filter answers 403.</summary>
public sealed class AccessDeniedException : Exception
{
    public AccessDeniedException()
    {
    }

    public AccessDeniedException(string message)
        : base(message)
    {
    }

    public AccessDeniedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public AccessDeniedException(Capability capability)
        : base($"The user lacks {capability}.")
    {
        Capability = capability;
    }

    public Capability Capability { get; }
}
