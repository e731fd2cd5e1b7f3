namespace CommunityStation.Domain.Tenancy;

/// <summary>The kind of local government a tenant is; the policy addresses all three alike.</summary>
public enum TenantKind
{
    Town = 1,
    Subdistrict = 2,
    ZoneCommittee = 3,
}

/// <summary>
/// A town (镇), subdistrict (街道) or zone committee (管委会): one tenant each ("People and places").
/// Tenants themselves are city-level data, so this table carries no tenant_id.
/// </summary>
public sealed class Tenant
{
    public Tenant(Guid id, string code, string name, TenantKind kind)
    {
        Id = id;
        Code = code;
        Name = name;
        Kind = kind;
    }

    public Guid Id { get; private set; }

    /// <summary>Short stable code, e.g. "yicheng".</summary>
    public string Code { get; private set; }

    /// <summary>Official name, e.g. "宜城街道".</summary>
    public string Name { get; private set; }

    public TenantKind Kind { get; private set; }
}
