namespace CommunityStation.Domain.Common;

/// <summary>
/// A tenant's row with its own id: the key every such table has, tenant first ((tenant_id, id), Citus-ready).
/// New rows may leave the tenant empty: the unit of work stamps its own (AppDbContext).
/// </summary>
public abstract class TenantEntity : ITenantOwned
{
    protected TenantEntity(Guid tenantId, Guid id)
    {
        TenantId = tenantId;
        Id = id;
    }

    protected TenantEntity()
    {
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    /// <summary>A copy of this row under <paramref name="id"/> in the same tenant, for a record that continues another (H5).</summary>
    protected T CopyAs<T>(Guid id)
        where T : TenantEntity
    {
        var copy = (T)MemberwiseClone();
        copy.Id = id;
        return copy;
    }
}
