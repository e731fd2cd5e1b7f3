using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace CommunityStation.Web.Infrastructure.Access;

/// <summary>
/// Maps a link's path ("/Desk/Cases/Details/…") to the page it opens, so navigation and links can ask
/// the declaration whether the user may follow them (issue 9: a link is shown only when allowed).
/// </summary>
public sealed class PageCatalog
{
    private readonly IActionDescriptorCollectionProvider _actions;
    private HashSet<string>? _pages;

    public PageCatalog(IActionDescriptorCollectionProvider actions)
    {
        _actions = actions;
    }

    /// <summary>Every page's view-engine path ("/Desk/Intake", "/Desk/Index").</summary>
    public IReadOnlySet<string> Pages => _pages ??= _actions.ActionDescriptors.Items
        .OfType<PageActionDescriptor>()
        .Select(p => p.ViewEnginePath)
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The page a local path opens (trailing route values such as ids dropped); null for none.</summary>
    public string? PageFor(string path)
    {
        if (string.IsNullOrEmpty(path) || path[0] != '/' || path.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var cut = path.IndexOfAny(['?', '#']);
        var candidate = (cut >= 0 ? path[..cut] : path).TrimEnd('/');
        while (true)
        {
            var asIndex = candidate + "/Index";
            if (candidate.Length > 0 && Pages.Contains(candidate))
            {
                return candidate;
            }

            if (Pages.Contains(asIndex))
            {
                return asIndex;
            }

            var slash = candidate.LastIndexOf('/');
            if (slash <= 0)
            {
                return null;
            }

            candidate = candidate[..slash];
        }
    }

    /// <summary>Whether a user of <paramref name="role"/> may open the local <paramref name="path"/>; foreign or unknown paths are left alone.</summary>
    public bool MayOpen(string? role, string path)
    {
        var page = PageFor(path);
        if (page is null)
        {
            return true;
        }

        return AccessDeclaration.ForPage(page) is { } capability && AccessDeclaration.Allows(role, capability);
    }
}
