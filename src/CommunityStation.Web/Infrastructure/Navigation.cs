namespace CommunityStation.Web.Infrastructure;

/// <summary>The navigation shows the declared entries whose page the user may open (one declaration: <see cref="AccessDeclaration"/>).</summary>
public static class Navigation
{
    public static IEnumerable<NavigationItem> For(string? role, PageCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return AccessDeclaration.Navigation.Where(i => catalog.PageFor(i.Href) is { } page
            && AccessDeclaration.ForPage(page) is { } capability
            && AccessDeclaration.Allows(role, capability));
    }
}
