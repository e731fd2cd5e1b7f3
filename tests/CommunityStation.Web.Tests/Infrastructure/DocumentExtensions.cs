namespace CommunityStation.Web.Tests.Infrastructure;

/// <summary>Reading a rendered page the way the tests need it.</summary>
public static class DocumentExtensions
{
    /// <summary>The <paramref name="attribute"/> of every element matching <paramref name="selector"/> (e.g. each row's <c>data-community</c>).</summary>
    public static List<string?> AttributesOf(this IDocument page, string selector, string attribute)
    {
        ArgumentNullException.ThrowIfNull(page);
        return [.. page.QuerySelectorAll(selector).Select(e => e.GetAttribute(attribute))];
    }
}
