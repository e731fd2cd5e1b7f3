using System.Linq.Expressions;

namespace CommunityStation.Infrastructure.Persistence.Configurations;

/// <summary>How a configuration names its table and key: the part every configuration would otherwise repeat.</summary>
internal static class TableMapping
{
    /// <summary>The longest user or display name a record keeps of who acted (Identity's user name length).</summary>
    public const int ActorNameLength = 256;

    /// <summary>
    /// A tenant-owned table, keyed by the tenant and <paramref name="key"/> (by default <c>Id</c>). The named
    /// tenant query filter (<see cref="AppDbContext.TenantFilter"/>) and row-level security come with
    /// <see cref="ITenantOwned"/> for every such entity, so a configuration never states them.
    /// </summary>
    public static TenantTable<T> IsTenantTable<T>(this EntityTypeBuilder<T> builder, string name, Expression<Func<T, object?>>? key = null)
        where T : class, ITenantOwned
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable(name);
        builder.HasKey([TenantTable<T>.Tenant, .. key is null ? ["Id"] : Columns(key)]);
        return new TenantTable<T>(builder);
    }

    /// <summary>A city-level table (reference data, settings, calendar, audit): no tenant, no row-level security.</summary>
    public static EntityTypeBuilder<T> IsCityTable<T>(this EntityTypeBuilder<T> builder, string name, Expression<Func<T, object?>> key)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable(name);
        builder.HasKey(key);
        return builder;
    }

    /// <summary>The property names a lambda picks: <c>x => x.A</c> or <c>x => new { x.A, x.B }</c>.</summary>
    internal static string[] Columns(LambdaExpression columns) => columns.Body switch
    {
        NewExpression created => [.. created.Arguments.Select(Column)],
        var single => [Column(single)],
    };

    private static string Column(Expression expression) => expression switch
    {
        UnaryExpression { NodeType: ExpressionType.Convert } boxed => Column(boxed.Operand),
        MemberExpression member => member.Member.Name,
        _ => throw new ArgumentException($"Not a property: {expression}.", nameof(expression)),
    };
}

/// <summary>
/// A tenant-owned table's relations: the tenant comes first in every reference and index, as in the key,
/// so a row only ever points at rows of its own tenant and the table can be distributed by tenant later
/// (Citus-ready).
/// </summary>
internal sealed class TenantTable<T>(EntityTypeBuilder<T> builder)
    where T : class, ITenantOwned
{
    internal const string Tenant = nameof(ITenantOwned.TenantId);

    /// <summary>A reference to another tenant table's row, by the tenant and <paramref name="foreignKey"/>.</summary>
    public ReferenceCollectionBuilder<TPrincipal, T> RefersTo<TPrincipal>(Expression<Func<T, object?>> foreignKey, DeleteBehavior onDelete = DeleteBehavior.Restrict)
        where TPrincipal : class =>
        builder.HasOne<TPrincipal>().WithMany().HasForeignKey([Tenant, .. TableMapping.Columns(foreignKey)]).OnDelete(onDelete);

    /// <summary>An index on the tenant and <paramref name="columns"/>.</summary>
    public IndexBuilder<T> HasIndex(Expression<Func<T, object?>> columns) =>
        builder.HasIndex([Tenant, .. TableMapping.Columns(columns)]);

    /// <summary>
    /// The rows an aggregate owns (its history steps): deleted with it, and read and written through its
    /// private field, so only the aggregate's methods add to them.
    /// </summary>
    public void Owns<TChild>(Expression<Func<T, IEnumerable<TChild>?>> children, string field, Expression<Func<TChild, object?>> parentKey)
        where TChild : class
    {
        builder.HasMany(children).WithOne().HasForeignKey([Tenant, .. TableMapping.Columns(parentKey)]).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(children).HasField(field).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
