namespace CommunityStation.Domain.Common;

/// <summary>
/// A row that belongs to one tenant (town, subdistrict or zone committee). Tenancy is enforced by
/// the EF Core query filter and by PostgreSQL row-level security on <c>tenant_id</c>.
/// </summary>
public interface ITenantOwned
{
    Guid TenantId { get; }
}
