using System.Linq.Expressions;

namespace CommunityStation.Infrastructure.Persistence.Configurations;

/// <summary>
/// What tenant tables repeat, said once: the tenant comes first in every key, reference and index, so a
/// row only ever points at rows of its own tenant and a table can be distributed by tenant later (Citus-ready).
/// </summary>
internal static class TableMapping
{
    /// <summary>The longest user or display name a record keeps of who acted (Identity's user name length).</summary>
    internal const int ActorNameLength = 256;

    internal const string Tenant = nameof(ITenantOwned.TenantId);

    /// <summary>
    /// A reference to another tenant table's row, by the tenant and <paramref name="foreignKey"/>; kept while
    /// referenced unless <paramref name="onDelete"/> says otherwise.
    /// </summary>
    public static ReferenceCollectionBuilder<TPrincipal, T> HasTenantForeignKey<TPrincipal, T>(
        this ReferenceCollectionBuilder<TPrincipal, T> reference, Expression<Func<T, object?>> foreignKey, DeleteBehavior onDelete = DeleteBehavior.Restrict)
        where TPrincipal : class
        where T : class, ITenantOwned
    {
        ArgumentNullException.ThrowIfNull(reference);
        return reference.HasForeignKey([Tenant, .. Columns(foreignKey)]).OnDelete(onDelete);
    }

    /// <summary>An index on the tenant and <paramref name="columns"/>.</summary>
    public static IndexBuilder<T> HasTenantIndex<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, object?>> columns)
        where T : class, ITenantOwned
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.HasIndex([Tenant, .. Columns(columns)]);
    }

    /// <summary>
    /// The history steps an aggregate owns: deleted with it, and read and written through its private
    /// field, so only the aggregate's methods add to them.
    /// </summary>
    public static void OwnsSteps<T, TStep>(this EntityTypeBuilder<T> builder, Expression<Func<T, IEnumerable<TStep>?>> steps, Expression<Func<TStep, object?>> parentKey)
        where T : class, ITenantOwned
        where TStep : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasMany(steps).WithOne().HasForeignKey([Tenant, .. Columns(parentKey)]).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(steps).HasField("_steps").UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    /// <summary>
    /// A column that keeps who acted by name (a display or user name); required unless the property is
    /// nullable, as for every string column.
    /// </summary>
    public static PropertyBuilder<string?> HasActorName<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, string?>> actorName)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Property(actorName).HasMaxLength(ActorNameLength);
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
