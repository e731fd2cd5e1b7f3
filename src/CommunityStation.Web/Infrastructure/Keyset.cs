using System.Linq.Expressions;
using System.Text;
using System.Text.Json;

namespace CommunityStation.Web.Infrastructure;

/// <summary>
/// The sort order of a list as keys, the last one unique (an id), so a page can be read by seeking past
/// the row where the last page stopped (keyset paging): reading page 400 costs what page 1 costs, and a
/// row inserted meanwhile never shifts the rows onto the next page twice. Keys are read on the query's
/// rows before the projection, where EF can still translate them.
/// </summary>
public sealed class Keyset<TSource>
{
    private readonly List<(LambdaExpression Key, bool Descending)> keys = [];

    internal Keyset()
    {
    }

    /// <summary>The first key of the order.</summary>
    public Keyset<TSource> By<TKey>(Expression<Func<TSource, TKey>> key, bool descending = false) => Then(key, descending);

    /// <summary>The next key of the order; the last key must be unique.</summary>
    public Keyset<TSource> Then<TKey>(Expression<Func<TSource, TKey>> key, bool descending = false)
    {
        ArgumentNullException.ThrowIfNull(key);
        keys.Add((key, descending));
        return this;
    }

    internal IReadOnlyList<(LambdaExpression Key, bool Descending)> Keys => keys;

    /// <summary>The query in this order, or in the opposite order (to read backwards from a row).</summary>
    internal IQueryable<TSource> Order(IQueryable<TSource> query, bool reverse)
    {
        IOrderedQueryable<TSource>? ordered = null;
        foreach (var (key, descending) in keys)
        {
            var method = (ordered is null, descending != reverse) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            var source = (IQueryable<TSource>?)ordered ?? query;
            ordered = (IOrderedQueryable<TSource>)source.Provider.CreateQuery<TSource>(Expression.Call(
                typeof(Queryable), method, [typeof(TSource), key.ReturnType], source.Expression, Expression.Quote(key)));
        }

        return ordered ?? query;
    }

    /// <summary>
    /// The rows after (or, reading backwards, before) the row with these key values: for keys k1, k2, … and
    /// values v1, v2, …: k1 &gt; v1 OR (k1 = v1 AND (k2 &gt; v2 OR …)), with &lt; for descending keys.
    /// </summary>
    internal IQueryable<TSource> Seek(IQueryable<TSource> query, IReadOnlyList<object?> values, bool backwards)
    {
        var row = Expression.Parameter(typeof(TSource), "row");
        Expression? condition = null;
        for (var i = keys.Count - 1; i >= 0; i--)
        {
            var (key, descending) = keys[i];
            var column = new ParameterReplacer(key.Parameters[0], row).Visit(key.Body);
            var value = Expression.Convert(Expression.Constant(values[i], typeof(object)), key.ReturnType);
            var compared = Compare(column, value);
            var beyond = descending != backwards ? Expression.LessThan(compared, Zero) : Expression.GreaterThan(compared, Zero);
            condition = condition is null ? beyond : Expression.OrElse(beyond, Expression.AndAlso(Expression.Equal(column, value), condition));
        }

        return condition is null ? query : query.Where(Expression.Lambda<Func<TSource, bool>>(condition, row));
    }

    /// <summary>
    /// The key values of one row, projected with it so the cursor needs no second read, and the number of rows of
    /// <paramref name="whole"/> (the list before any seek), so the total needs no second query either.
    /// </summary>
    internal Expression<Func<TSource, Keyed<TRow>>> WithKeys<TRow>(Expression<Func<TSource, TRow>> projection, IQueryable<TSource> whole)
    {
        var row = projection.Parameters[0];
        var values = keys.Select(k => (Expression)Expression.Convert(new ParameterReplacer(k.Key.Parameters[0], row).Visit(k.Key.Body), typeof(object)));
        var total = Expression.Call(typeof(Queryable), nameof(Queryable.Count), [typeof(TSource)], whole.Expression);
        var body = Expression.New(
            typeof(Keyed<TRow>).GetConstructors()[0],
            Expression.NewArrayInit(typeof(object), values),
            projection.Body,
            total);
        return Expression.Lambda<Func<TSource, Keyed<TRow>>>(body, row);
    }

    /// <summary>A cursor's values back in their key types, or null when the cursor was not made here (a hand-edited address).</summary>
    internal IReadOnlyList<object?>? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor) || cursor.Length > 2000)
        {
            return null;
        }

        try
        {
            var padded = cursor.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - (padded.Length % 4)) % 4);
            var texts = JsonSerializer.Deserialize<string?[]>(Encoding.UTF8.GetString(Convert.FromBase64String(padded)));
            if (texts is null || texts.Length != keys.Count)
            {
                return null;
            }

            return [.. keys.Select((k, i) => KeyText.Parse(texts[i], k.Key.ReturnType))];
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException or OverflowException)
        {
            return null;
        }
    }

    internal static string Encode(IReadOnlyList<object?> values)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(values.Select(KeyText.Format).ToArray());
        return Convert.ToBase64String(json).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    private static readonly ConstantExpression Zero = Expression.Constant(0);

    // string has no > operator in C#; string.Compare and CompareTo are what EF translates to SQL's < and >.
    private static MethodCallExpression Compare(Expression column, Expression value) =>
        column.Type == typeof(string)
            ? Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, column, value)
            : Expression.Call(column, column.Type.GetMethod(nameof(IComparable.CompareTo), [column.Type])!, value);

    private sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}

/// <summary>A row of a page with the values of its sort keys and the number of rows in the whole list.</summary>
public sealed record Keyed<TRow>(object?[] Keys, TRow Row, int Total);

/// <summary>Key values as invariant text in a cursor, and back.</summary>
internal static class KeyText
{
    public static string? Format(object? value) => value switch
    {
        null => null,
        DateTimeOffset t => t.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    public static object? Parse(string? text, Type type)
    {
        if (text is null)
        {
            return null;
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target switch
        {
            _ when target == typeof(string) => text,
            _ when target == typeof(Guid) => Guid.Parse(text, CultureInfo.InvariantCulture),
            _ when target == typeof(DateTimeOffset) => new DateTimeOffset(DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind).ToUniversalTime(), TimeSpan.Zero),
            _ when target == typeof(DateOnly) => DateOnly.ParseExact(text, "O", CultureInfo.InvariantCulture),
            _ when target == typeof(int) => int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
            _ when target == typeof(long) => long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
            _ when target.IsEnum => Enum.Parse(target, text, ignoreCase: false),
            _ => throw new ArgumentException($"A list key of type {type.Name} cannot be paged by keyset.", nameof(type)),
        };
    }
}
