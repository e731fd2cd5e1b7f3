using System.Linq.Expressions;

namespace CommunityStation.Infrastructure.Persistence.Configurations;

/// <summary>
/// A tenant-owned table, keyed by the tenant and <paramref name="key"/> (by default <c>Id</c>). The named
/// tenant query filter (<see cref="AppDbContext.TenantFilter"/>), the row version and row-level security
/// come with <see cref="ITenantOwned"/> for every such entity, so a configuration never states them.
/// </summary>
internal abstract class TenantTableConfiguration<T>(string name, Expression<Func<T, object?>>? key = null) : IEntityTypeConfiguration<T>
    where T : class, ITenantOwned
{
    public void Configure(EntityTypeBuilder<T> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable(name);
        builder.HasKey([TableMapping.Tenant, .. key is null ? ["Id"] : TableMapping.Columns(key)]);
        ConfigureTable(builder);
    }

    /// <summary>The rest of the table: its references, indexes and columns.</summary>
    protected abstract void ConfigureTable(EntityTypeBuilder<T> builder);
}

/// <summary>A city-level table (reference data, settings, calendar, audit, inbox): no tenant, no row-level security.</summary>
internal abstract class CityTableConfiguration<T>(string name, Expression<Func<T, object?>> key) : IEntityTypeConfiguration<T>
    where T : class
{
    public void Configure(EntityTypeBuilder<T> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable(name);
        builder.HasKey(key);
        ConfigureTable(builder);
    }

    /// <summary>The rest of the table: its references, indexes and columns.</summary>
    protected abstract void ConfigureTable(EntityTypeBuilder<T> builder);
}
