namespace CommunityStation.Infrastructure.Tenancy;

/// <summary>
/// Who is acting, in which tenant and on which clock, for one request (scoped). The EF query filter, the
/// save guard, the RLS session settings and the audit trail all read it. It starts empty: no tenant, no rows.
/// </summary>
public sealed class TenantContext
{
    public TenantContext(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        Clock = clock;
    }

    /// <summary>The portal's one clock (injected), so every audit row is stamped by the same time as the change.</summary>
    public TimeProvider Clock { get; }

    public Guid? TenantId { get; private set; }

    /// <summary>
    /// City-level read across every tenant: for bureau users only, entered explicitly per request and
    /// audited (see <c>AppDbContext.EnterCityReadModeAsync</c>). It never permits writes.
    /// </summary>
    public bool CityReadMode { get; private set; }

    public Guid? UserId { get; private set; }

    public string? UserName { get; private set; }

    public string? IpAddress { get; private set; }

    public void SetUser(Guid? userId, string? userName, Guid? tenantId, string? ipAddress = null)
    {
        UserId = userId;
        UserName = userName;
        TenantId = tenantId;
        IpAddress = ipAddress;
    }

    /// <summary>Acts within one tenant: the seeder, tests and (later) bureau actions on one tenant's record.</summary>
    public void UseTenant(Guid? tenantId)
    {
        TenantId = tenantId;
        CityReadMode = false;
    }

    internal void SetCityReadMode(bool on) => CityReadMode = on;
}
