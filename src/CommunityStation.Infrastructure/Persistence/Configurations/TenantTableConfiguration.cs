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

/// <summary>
/// A city-level table the app role may only add to and read (the audit trail, the data-protection key ring; the grants
/// are in <c>DatabaseInitializer</c>): its rows are numbered by the database, an identity column the app never sets.
/// </summary>
internal abstract class AppendOnlyTableConfiguration<T>(string name, Expression<Func<T, long>> key)
    : CityTableConfiguration<T>(name, Expression.Lambda<Func<T, object?>>(Expression.Convert(key.Body, typeof(object)), key.Parameters))
    where T : class
{
    protected sealed override void ConfigureTable(EntityTypeBuilder<T> builder)
    {
        builder.Property(key).UseIdentityAlwaysColumn();
        ConfigureRows(builder);
    }

    /// <summary>The rest of the table: its columns and indexes.</summary>
    protected abstract void ConfigureRows(EntityTypeBuilder<T> builder);
}
